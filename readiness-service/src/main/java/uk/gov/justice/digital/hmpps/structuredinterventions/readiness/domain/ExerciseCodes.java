package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Sets of exercises, kept in module order. */
final class ExerciseCodes {

    private ExerciseCodes() {
    }

    static List<ExerciseCode> sorted(Collection<ExerciseCode> codes) {
        return codes.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(codes));
    }

    /** The exercises not among {@code covered}, in module order. */
    static List<ExerciseCode> missing(Set<ExerciseCode> covered) {
        return EnumSet.complementOf(covered.isEmpty() ? EnumSet.noneOf(ExerciseCode.class) : EnumSet.copyOf(covered))
                .stream().toList();
    }
}
