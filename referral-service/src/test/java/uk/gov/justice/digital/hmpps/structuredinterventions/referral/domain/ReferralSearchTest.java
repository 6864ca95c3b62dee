package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralSearchTest {

    @Test
    void pages_newest_first_unless_asked_for_the_oldest() {
        assertThat(new ReferralSearch(null, null, null, null, null, null).order()).isEqualTo(ReferralSearch.Order.NEWEST);
        assertThat(new ReferralSearch(null, null, null, null, null, ReferralSearch.Order.OLDEST).order())
                .isEqualTo(ReferralSearch.Order.OLDEST);
    }
}
