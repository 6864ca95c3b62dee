package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text;

/**
 * How the services treat text: optional free text without surrounding space, blank text as no text, and no control
 * characters anywhere a person or system could send them.
 */
public final class Texts {

    /** The rule a field breaks when it holds a control character, as a field error says it. */
    public static final String NO_CONTROL_CHARACTERS = "must not contain control characters";

    /** The rule for free text in a request body, where tabs and line breaks are allowed. */
    public static final String NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS =
            "must not contain control characters other than tab and line breaks";

    private Texts() {
    }

    /** {@code text} without surrounding space, or {@code null} when it is missing or blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Whether {@code text} holds a character no text the services keep may hold: NUL and the other C0 and C1 control
     * characters, DEL, or half of a surrogate pair. Tab, line feed and carriage return are allowed only when
     * {@code lineBreaksAllowed} (free text in a request body); never in a path, query or header value.
     */
    public static boolean hasControlCharacters(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (!(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                    return true;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return true;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
