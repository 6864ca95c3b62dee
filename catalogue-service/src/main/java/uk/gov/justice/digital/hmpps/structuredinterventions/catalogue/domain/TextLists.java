package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/** Rules shared by the lists of short texts the catalogue keeps (focus areas, exclusions). */
final class TextLists {

    private TextLists() {
    }

    /** An error for each entry that repeats an earlier one, ignoring case and surrounding space. */
    static List<FieldError> repeats(String field, List<String> texts) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!seen.add(texts.get(i).strip().toLowerCase(Locale.UK))) {
                errors.add(new FieldError(field + "[" + i + "]", "repeats an earlier entry"));
            }
        }
        return errors;
    }

    static List<String> stripped(List<String> texts) {
        return new ArrayList<>(texts.stream().map(String::strip).toList());
    }
}
