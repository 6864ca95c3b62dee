package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Codes as a person reads them in a subject access report: {@code SUITABLE_BUT_NOT_READY} is "Suitable but not
 * ready". Codes a word of which is an abbreviation (RAR, PIM) say so in their own descriptions instead.
 */
public final class Readable {

    private Readable() {
    }

    /** The constant's name in words, first letter capital; {@code null} for {@code null}. */
    public static String of(Enum<?> code) {
        return code == null ? null : ofCode(code.name());
    }

    /**
     * A code held as text (such as a status another service reported) in words, as {@link #of(Enum)}; {@code null} or
     * blank for {@code null} or blank.
     */
    public static String ofCode(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String words = code.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Each constant in words, in the order given; an empty list for {@code null}. */
    public static List<String> of(Collection<? extends Enum<?>> codes) {
        return codes == null ? List.of() : codes.stream().map(Readable::of).toList();
    }
}
