package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.ALL;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.TODAY;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.introduction;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.submitted;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a list shows of a record: its status as of its last change, since when, and who introduced the module. */
class ReadinessSummaryTest {

    @Test
    void a_new_record_awaits_the_introduction_from_when_it_was_opened() {
        OffsetDateTime opened = NOW.minusDays(20);
        ReadinessSummary summary = ReadinessRecord.open("X123456", opened).summary();
        assertThat(summary.crn()).isEqualTo("X123456");
        assertThat(summary.status()).isEqualTo(ReadinessStatus.AWAITING_INTRODUCTION);
        assertThat(summary.nextStep()).isEqualTo(ReadinessStatus.AWAITING_INTRODUCTION.nextStep());
        assertThat(summary.statusSince()).isEqualTo(opened);
        assertThat(summary.introducedBy()).isNull();
        assertThat(summary.openedAt()).isEqualTo(opened);
    }

    @Test
    void each_change_keeps_the_derived_status_and_when_it_was_taken() {
        ReadinessRecord record = ReadinessRecord.open("X123456", NOW.minusDays(20));
        OffsetDateTime introduced = NOW.minusDays(10);
        record.introduce(introduction(true), 1, TODAY, "PP1", introduced);
        assertThat(record.summary().status()).isEqualTo(ReadinessStatus.AWAITING_REFERRAL).isEqualTo(record.status());
        assertThat(record.summary().statusSince()).isEqualTo(introduced);
        assertThat(record.summary().introducedBy()).isEqualTo("PP1");

        OffsetDateTime referred = NOW.minusDays(5);
        record.referralReported(submitted(UUID.randomUUID(), 1), referred);
        assertThat(record.summary().status()).isEqualTo(ReadinessStatus.AWAITING_FOLLOW_UP);
        assertThat(record.summary().statusSince()).isEqualTo(referred);
        assertThat(record.summary().updatedAt()).isEqualTo(referred);

        // a change that leaves the status where it is keeps when it was taken
        UUID second = UUID.randomUUID();
        record.referralReported(submitted(second, 1), NOW.minusDays(4));
        assertThat(record.summary().status()).isEqualTo(ReadinessStatus.AWAITING_FOLLOW_UP);
        assertThat(record.summary().statusSince()).isEqualTo(referred);
        assertThat(record.summary().updatedAt()).isEqualTo(NOW.minusDays(4));

        OffsetDateTime followedUp = NOW.minusDays(2);
        record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PEER1", followedUp);
        assertThat(record.summary().status()).isEqualTo(ReadinessStatus.FOLLOWED_UP);
        assertThat(record.summary().statusSince()).isEqualTo(followedUp);
        assertThat(record.summary().introducedBy()).as("the follow-up's recorder did not introduce the module")
                .isEqualTo("PP1");

        record.complete(new CompletionDetails(TODAY.minusDays(2), null, null), 1, TODAY, "PP1", NOW.minusDays(1));
        assertThat(record.summary().status()).isEqualTo(ReadinessStatus.AWAITING_ASSESSMENT);
        assertThat(record.summary().statusSince()).isEqualTo(NOW.minusDays(1));
        assertThat(record.summary().nextStep()).isEqualTo(ReadinessStatus.AWAITING_ASSESSMENT.nextStep());
    }
}
