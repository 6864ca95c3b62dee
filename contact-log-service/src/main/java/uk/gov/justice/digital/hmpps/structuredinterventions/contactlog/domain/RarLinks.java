package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which RAR requirement a RAR activity counts towards when nobody named one: the person's only requirement whose dates
 * cover the day. Where several cover it (concurrent orders) the choice is the practitioner's, so it links to none and
 * the person's RAR summary lists it as unlinked.
 */
public final class RarLinks {

    private RarLinks() {
    }

    public static Optional<Long> requirementFor(LocalDate date, Collection<RarTally.Terms> requirements) {
        List<RarTally.Terms> covering = requirements.stream().filter(terms -> terms.covers(date)).toList();
        return covering.size() == 1 ? Optional.of(covering.get(0).requirementId()) : Optional.empty();
    }
}
