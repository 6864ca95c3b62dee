package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

import java.util.List;
import java.util.Optional;

/** The person an event is about, in the form HMPPS domain events use: {@code {"identifiers":[{"type":"CRN",...}]}}. */
public record PersonReference(List<Identifier> identifiers) {

    /** An nDelius case reference number: one capital letter and six digits. */
    public static final String CRN_PATTERN = "^[A-Z][0-9]{6}$";

    public record Identifier(String type, String value) {
    }

    public static PersonReference crn(String crn) {
        return new PersonReference(List.of(new Identifier("CRN", crn)));
    }

    /** The CRN among the identifiers, if there is one. */
    public Optional<String> findCrn() {
        return identifiers == null ? Optional.empty()
                : identifiers.stream().filter(i -> "CRN".equals(i.type())).map(Identifier::value).findFirst();
    }
}
