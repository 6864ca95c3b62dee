package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text;

/** How the services treat optional free text: surrounding space is dropped, and blank text is no text. */
public final class Texts {

    private Texts() {
    }

    /** {@code text} without surrounding space, or {@code null} when it is missing or blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
