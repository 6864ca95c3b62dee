package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReferralReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Referral events from the broker link and unlink referrals on people's records, once each, whatever is repeated. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ReferralEventsConsumerTest {

    @Test
    void a_submitted_referral_opens_the_persons_record_and_links_to_it() {
        String crn = Crns.random();
        UUID referral = ReferralEventFixtures.referred(crn);

        as(Roles.READ_ONLY).get(path(crn)).then().statusCode(200)
                .body("status", is("AWAITING_INTRODUCTION"))
                .body("linkedReferrals.referralId", contains(referral.toString()))
                .body("linkedReferrals[0].status", is("AWAITING_READINESS"))
                .body("linkedReferrals[0].referredBy", is("A_PRACTITIONER"));
    }

    @Test
    void a_withdrawn_referral_unlinks_and_redelivered_events_change_nothing() {
        String crn = Crns.random();
        UUID referral = UUID.randomUUID();
        String submitted = ReferralEventFixtures.submitted(crn, referral);
        String withdrawn = ReferralEventFixtures.withdrawn(crn, referral);
        TestDatabase.awaitHandled(submitted);
        TestDatabase.awaitHandled(withdrawn);
        String version = TestDatabase.queryForText("SELECT version FROM readiness_record WHERE crn = ?", crn);

        EventFeed.resend(submitted);
        EventFeed.resend(withdrawn);
        // A later event on the same partition is handled only after the repeats.
        TestDatabase.awaitHandled(ReferralEventFixtures.submitted(crn, UUID.randomUUID()));

        assertThat(TestDatabase.queryForText(
                "SELECT count(*) FROM inbox_event WHERE event_id IN (?, ?)", submitted, withdrawn)).isEqualTo("2");
        assertThat(TestDatabase.queryForText("SELECT unlinked_at IS NOT NULL FROM linked_referral WHERE referral_id = ?",
                referral)).isEqualTo("t");
        assertThat(Long.parseLong(TestDatabase.queryForText("SELECT version FROM readiness_record WHERE crn = ?", crn)))
                .as("only the third referral changed the record").isEqualTo(Long.parseLong(version) + 1);
        as(Roles.READ_ONLY).get(path(crn)).then().body("linkedReferrals.referralId",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(referral.toString())));
    }

    @Test
    void a_record_that_is_not_a_referral_event_goes_to_the_dead_letter_topic_and_the_consumer_keeps_going() {
        String crn = Crns.random();
        try (TopicProbe dlq = TopicProbe.open("referral.events.readiness-service.dlq")) {
            EventFeed.sendPoison("referral.events", crn, ReferralReport.SUBMITTED,
                    "{\"referralId\":\"" + UUID.randomUUID() + "\"}");

            assertThat(dlq.await(received -> received.stream().anyMatch(r -> crn.equals(r.key())),
                    Duration.ofSeconds(30))).anyMatch(r -> crn.equals(r.key()));
        }
        UUID referral = ReferralEventFixtures.referred(crn);
        as(Roles.READ_ONLY).get(path(crn)).then().body("linkedReferrals.referralId", contains(referral.toString()))
                .body("followUps", empty());
    }
}
