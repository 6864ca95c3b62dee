package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging;

import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReferralReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.People.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.People.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.People.randomCrn;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Referral events from the broker link and unlink referrals on people's records, once each, whatever is repeated. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ReferralEventsConsumerTest {

    @Test
    void a_submitted_referral_opens_the_persons_record_and_links_to_it() {
        String crn = randomCrn();
        UUID referral = ReferralFeed.referred(crn);

        as(Roles.READ_ONLY).get(path(crn)).then().statusCode(200)
                .body("status", is("AWAITING_INTRODUCTION"))
                .body("linkedReferrals.referralId", contains(referral.toString()))
                .body("linkedReferrals[0].status", is("AWAITING_READINESS"))
                .body("linkedReferrals[0].referredBy", is("A_PRACTITIONER"));
    }

    @Test
    void a_withdrawn_referral_unlinks_and_redelivered_events_change_nothing() {
        String crn = randomCrn();
        UUID referral = UUID.randomUUID();
        String submitted = ReferralFeed.submitted(crn, referral);
        String withdrawn = ReferralFeed.withdrawn(crn, referral);
        ReferralFeed.awaitHandled(submitted);
        ReferralFeed.awaitHandled(withdrawn);
        String version = TestDatabase.queryForText("SELECT version FROM readiness_record WHERE crn = ?", crn);

        ReferralFeed.resend(submitted, ReferralReport.SUBMITTED);
        ReferralFeed.resend(withdrawn, ReferralReport.WITHDRAWN);
        // A later event on the same partition is handled only after the repeats.
        ReferralFeed.awaitHandled(ReferralFeed.submitted(crn, UUID.randomUUID()));

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
        String crn = randomCrn();
        try (TopicProbe dlq = TopicProbe.open("referral.events.readiness-service.dlq")) {
            ProducerRecord<String, String> poison = new ProducerRecord<>("referral.events", crn,
                    "{\"referralId\":\"" + UUID.randomUUID() + "\"}");
            poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_type", ReferralReport.SUBMITTED.getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_source", "urn:test".getBytes(StandardCharsets.UTF_8));
            TopicProbe.send(poison);

            assertThat(dlq.await(received -> received.stream().anyMatch(r -> crn.equals(r.key())),
                    Duration.ofSeconds(30))).anyMatch(r -> crn.equals(r.key()));
        }
        UUID referral = ReferralFeed.referred(crn);
        as(Roles.READ_ONLY).get(path(crn)).then().body("linkedReferrals.referralId", contains(referral.toString()))
                .body("followUps", empty());
    }
}
