package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.byPractitioner;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.MovableClock;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Follow-ups booked ahead and how each booking ended, as events read back from the broker and checked against schemas. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class FollowUpBookingEventsTest {

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    @Test
    void booking_cancelling_missing_and_delivering_publish_their_events_under_the_crn_each_valid_against_its_schema() {
        String crn = Crns.random();
        String bookings = path(crn) + "/follow-up-bookings";
        Map<String, Object> booking = Map.of("session", Map.of("date", today().plusDays(1).toString(),
                "startTime", "10:00", "endTime", "11:30"), "deliveredBy", byPractitioner(), "length", "EXTENDED",
                "probationServiceDevice", true, "location", "Interview room 2", "notes", "Bring the paper copy");
        try (TopicProbe probe = TopicProbe.open("readiness.events")) {
            introduce(crn, false);
            ReferralEventFixtures.referred(crn);
            String cancelled = as(Roles.PRACTITIONER).body(booking).post(bookings).then().statusCode(201)
                    .extract().path("id");
            as(Roles.PRACTITIONER).body(Map.of("reason", "RESCHEDULED", "notes", "Starts a new job"))
                    .post(bookings + "/" + cancelled + "/cancellation").then().statusCode(200);
            String missed = as(Roles.PRACTITIONER).body(booking).post(bookings).then().statusCode(201)
                    .extract().path("id");
            String delivered = as(Roles.PRACTITIONER).body(booking).post(bookings).then().statusCode(201)
                    .extract().path("id");
            MovableClock.moveOn(Duration.ofDays(2));
            as(Roles.PRACTITIONER).body(Map.of("outcome", "FAILED_TO_ATTEND"))
                    .post(bookings + "/" + missed + "/non-attendance").then().statusCode(200);
            as(Roles.PRACTITIONER).body(Map.of("attendance", "ATTENDED_COMPLIED", "reviewedModuleBeforehand", false,
                    "exercisesDiscussed", ALL_EXERCISES, "reflectionNotes", "Keen after the video"))
                    .post(bookings + "/" + delivered + "/delivery").then().statusCode(200);

            List<String> expected = List.of("module-introduced", "follow-up-booked", "follow-up-booking-closed",
                    "follow-up-booked", "follow-up-booked", "follow-up-completed", "follow-up-booking-closed",
                    "follow-up-completed", "follow-up-booking-closed");
            List<ConsumerRecord<String, String>> mine = ofPerson(probe.await(received -> ofPerson(received, crn)
                    .size() >= expected.size(), Duration.ofSeconds(30)), crn);
            assertThat(mine).extracting(r -> header(r, "ce_type")
                    .substring("structured-interventions.readiness.".length())).containsExactlyElementsOf(expected);
            for (ConsumerRecord<String, String> event : mine) {
                EventSchemas.assertValidEvent(event);
                assertThat(header(event, "ce_subject")).isEqualTo(crn);
                assertThat(event.value()).doesNotContain("Interview room", "paper copy", "new job", "Keen after");
            }
            List<String> values = mine.stream().map(ConsumerRecord::value).toList();
            assertThat(values.get(1)).containsPattern(field("bookingId", cancelled))
                    .containsPattern(field("length", "EXTENDED")).containsPattern("\"probationServiceDevice\": ?true");
            assertThat(values.get(2)).containsPattern(field("bookingId", cancelled))
                    .containsPattern(field("outcome", "CANCELLED")).containsPattern(field("cancellationReason", "RESCHEDULED"))
                    .containsPattern("\"followUpId\": ?null");
            assertThat(values.get(5)).as("the missed follow-up has the booking's id")
                    .containsPattern(field("followUpId", missed)).containsPattern(field("attendance", "FAILED_TO_ATTEND"))
                    .containsPattern("\"preWorkContact\": ?false");
            assertThat(values.get(6)).containsPattern(field("outcome", "MISSED")).containsPattern(field("followUpId", missed));
            assertThat(values.get(7)).containsPattern(field("followUpId", delivered))
                    .containsPattern("\"preWorkContact\": ?true").containsPattern("\"probationServiceDeviceUsed\": ?true");
            assertThat(values.get(8)).containsPattern(field("outcome", "DELIVERED"))
                    .containsPattern(field("attendance", "ATTENDED_COMPLIED")).containsPattern(field("followUpId", delivered));
        }
    }

    private static String field(String name, String value) {
        return "\"" + name + "\": ?\"" + value + "\"";
    }

    private static List<ConsumerRecord<String, String>> ofPerson(List<ConsumerRecord<String, String>> records,
            String crn) {
        return records.stream().filter(r -> crn.equals(r.key())).toList();
    }
}
