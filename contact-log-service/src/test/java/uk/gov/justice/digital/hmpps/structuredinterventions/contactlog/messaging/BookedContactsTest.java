package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.rar;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * Follow-ups booked ahead in readiness-service: a booked contact with no outcome, the same contact given its outcome
 * when the follow-up it became is heard, or marked cancelled; once each however often it is heard.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class BookedContactsTest {

    private static final LocalDate DAY = today().plusDays(3);

    private static JsonPath contacts(String crn) {
        return as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("size", 100).get("/contacts").then()
                .statusCode(200).extract().jsonPath();
    }

    @Nested
    class A_booked_follow_up {

        @Test
        void is_a_contact_in_the_future_with_no_outcome_that_earns_no_rar_day_and_says_why() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            UUID booking = UUID.randomUUID();
            String event = ReadinessEventFixtures.booked(crn, DAY, booking, UUID.randomUUID());
            EventFeed.resend(event);
            TestDatabase.awaitHandled(event, EventFeed.resendAsNewEvent(event));

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.type")).as("one contact however often it is heard")
                    .containsExactly("PIM_FOLLOW_UP");
            assertThat(contacts.getString("content[0].date")).isEqualTo(DAY.toString());
            assertThat(contacts.getString("content[0].outcome")).isNull();
            assertThat(contacts.getString("content[0].cancelledAt")).isNull();
            assertThat(contacts.getBoolean("content[0].rarActivity")).isTrue();
            assertThat(contacts.getString("content[0].sourceReference")).isEqualTo("readiness:follow-up:" + booking);
            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("NO_OUTCOME_YET");
        }

        @Test
        void delivered_gives_the_same_contact_its_outcome_and_its_rar_day_never_a_second_contact() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            UUID booking = UUID.randomUUID();
            UUID referral = UUID.randomUUID();
            TestDatabase.awaitHandled(ReadinessEventFixtures.booked(crn, DAY, booking, referral));
            String id = contacts(crn).getString("content[0].id");

            String followedUp = ReadinessEventFixtures.bookedFollowedUp(crn, DAY, booking, "ATTENDED_COMPLIED",
                    referral);
            TestDatabase.awaitHandled(followedUp, ReadinessEventFixtures.bookingClosed(crn, DAY, booking, "DELIVERED",
                    "ATTENDED_COMPLIED"), EventFeed.resendAsNewEvent(followedUp));

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.id")).containsExactly(id);
            assertThat(contacts.getString("content[0].outcome")).isEqualTo("ATTENDED_COMPLIED");
            assertThat(contacts.getInt("content[0].version")).isEqualTo(1);
            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isEqualTo(1);
            assertThat(rar.getList("requirements[0].rarDays.date")).containsExactly(DAY.toString());
            assertThat(rar.getList("requirements[0].contactsNotCounted")).isEmpty();
        }

        @Test
        void missed_gives_the_same_contact_a_non_attendance_outcome_and_no_rar_day() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            UUID booking = UUID.randomUUID();
            UUID referral = UUID.randomUUID();
            TestDatabase.awaitHandled(ReadinessEventFixtures.booked(crn, DAY, booking, referral));
            TestDatabase.awaitHandled(ReadinessEventFixtures.bookedFollowedUp(crn, DAY, booking, "FAILED_TO_ATTEND",
                    referral), ReadinessEventFixtures.bookingClosed(crn, DAY, booking, "MISSED", "FAILED_TO_ATTEND"));

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.outcome")).containsExactly("FAILED_TO_ATTEND");
            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("MISSED");
        }

        @Test
        void cancelled_marks_the_contact_cancelled_which_takes_no_outcome_and_counts_no_day() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            UUID booking = UUID.randomUUID();
            TestDatabase.awaitHandled(ReadinessEventFixtures.booked(crn, DAY, booking, UUID.randomUUID()));
            String cancelled = ReadinessEventFixtures.bookingClosed(crn, DAY, booking, "CANCELLED", null);
            TestDatabase.awaitHandled(cancelled, EventFeed.resendAsNewEvent(cancelled));

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.id")).hasSize(1);
            assertThat(contacts.getString("content[0].cancelledAt")).isNotNull();
            assertThat(contacts.getString("content[0].outcome")).isNull();
            assertThat(contacts.getInt("content[0].version")).as("cancelled once").isEqualTo(1);
            assertThat(rar(crn).getList("requirements[0].contactsNotCounted.reason")).containsExactly("CANCELLED");
            as(Roles.PRACTITIONER).body(Map.of("outcome", "ATTENDED_COMPLIED"))
                    .put("/contacts/" + contacts.getString("content[0].id") + "/outcome").then().statusCode(409)
                    .contentType("application/problem+json");
        }

        @Test
        void delivered_or_missed_closing_events_alone_change_nothing() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            UUID booking = UUID.randomUUID();
            TestDatabase.awaitHandled(ReadinessEventFixtures.booked(crn, DAY, booking, UUID.randomUUID()));
            TestDatabase.awaitHandled(ReadinessEventFixtures.bookingClosed(crn, DAY, booking, "DELIVERED",
                    "ATTENDED_COMPLIED"));

            assertThat(contacts(crn).getString("content[0].outcome")).isNull();
            assertThat(contacts(crn).getInt("content[0].version")).isZero();
        }
    }

    @Test
    void the_adapter_hears_the_booked_contact_its_outcome_and_a_cancellation_each_valid_against_its_schema() {
        String crn = Crns.random();
        UUID delivered = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open("contact-log.events")) {
            TestDatabase.awaitHandled(ReadinessEventFixtures.booked(crn, DAY, delivered, referral),
                    ReadinessEventFixtures.booked(crn, DAY.plusDays(1), cancelled, referral));
            TestDatabase.awaitHandled(ReadinessEventFixtures.bookedFollowedUp(crn, DAY, delivered, "ATTENDED_COMPLIED",
                    referral), ReadinessEventFixtures.bookingClosed(crn, DAY.plusDays(1), cancelled, "CANCELLED", null));

            List<ConsumerRecord<String, String>> mine = probe.await(received -> received.stream()
                    .filter(r -> crn.equals(r.key())).count() >= 4, Duration.ofSeconds(30)).stream()
                    .filter(r -> crn.equals(r.key())).toList();
            assertThat(mine).extracting(e -> header(e, "ce_type")).containsExactly(
                    "structured-interventions.contact.recorded",
                    "structured-interventions.contact.recorded",
                    "structured-interventions.contact.outcome-updated",
                    "structured-interventions.contact.cancelled");
            mine.forEach(EventSchemas::assertValidEvent);
            assertThat(mine.get(0).value()).containsPattern("\"outcome\": ?null");
            assertThat(mine.get(2).value()).containsPattern("\"previousOutcome\": ?null")
                    .containsPattern("\"outcome\": ?\"ATTENDED_COMPLIED\"");
        }
    }
}
