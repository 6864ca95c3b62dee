package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging;

import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ReadinessReport;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People.randomCrn;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People.rar;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People.record;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** The module's steps on readiness.events become contacts and RAR days, exactly once, whatever is repeated. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ModuleContactsTest {

    private static final LocalDate DAY = today().minusDays(3);

    private static JsonPath contacts(String crn) {
        return as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("size", 100).get("/contacts").then()
                .statusCode(200).extract().jsonPath();
    }

    @Nested
    class Each_step {

        @Test
        void the_introduction_is_a_contact_that_is_not_a_rar_activity() {
            String crn = randomCrn();
            registerRequirement(crn, 20);
            ReadinessFeed.awaitHandled(ReadinessFeed.introduced(crn, DAY));

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.type")).containsExactly("PIM_INTRODUCTION");
            assertThat(contacts.getBoolean("content[0].rarActivity")).isFalse();
            assertThat(contacts.getString("content[0].source")).isEqualTo("READINESS_SERVICE");
            assertThat(contacts.getString("content[0].deliveredBy.role")).isEqualTo("PEER_MENTOR");
            assertThat(contacts.getString("content[0].startTime")).isEqualTo("10:00:00");
            assertThat(contacts.getString("content[0].recordedBy")).isEqualTo("A_PRACTITIONER");
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).isZero();
        }

        @Test
        void a_follow_up_and_the_completion_on_the_same_day_give_one_rar_day() {
            String crn = randomCrn();
            registerRequirement(crn, 20);
            UUID referral = UUID.randomUUID();
            ReadinessFeed.awaitHandled(ReadinessFeed.followedUp(crn, DAY, "ATTENDED_COMPLIED", referral),
                    ReadinessFeed.completed(crn, DAY));

            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isEqualTo(1);
            assertThat(rar.getList("requirements[0].rarDays.date")).containsExactly(DAY.toString());
            assertThat(rar.getList("requirements[0].rarDays[0].contacts.type"))
                    .containsExactly("PIM_FOLLOW_UP", "PIM_COMPLETION");
            assertThat(contacts(crn).getList("content.referralId")).contains(referral.toString());
        }

        @Test
        void a_revisit_makes_no_contact_and_adds_no_rar_day() {
            String crn = randomCrn();
            registerRequirement(crn, 20);
            ReadinessFeed.awaitHandled(ReadinessFeed.completed(crn, DAY));
            ReadinessFeed.awaitHandled(ReadinessFeed.revisited(crn, DAY.plusDays(1), DAY),
                    ReadinessFeed.revisited(crn, DAY.plusDays(2), DAY));

            assertThat(contacts(crn).getList("content.type")).containsExactly("PIM_COMPLETION");
            assertThat(rar(crn).getList("requirements[0].rarDays.date")).containsExactly(DAY.toString());
        }

        @Test
        void a_missed_follow_up_is_recorded_with_its_outcome_and_adds_no_rar_day() {
            String crn = randomCrn();
            registerRequirement(crn, 20);
            ReadinessFeed.awaitHandled(ReadinessFeed.followedUp(crn, DAY, "FAILED_TO_ATTEND", UUID.randomUUID()));

            assertThat(contacts(crn).getList("content.outcome")).containsExactly("FAILED_TO_ATTEND");
            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("MISSED");
        }

        @Test
        void three_follow_ups_on_three_days_add_three_capped_at_the_maximum_with_the_excess_reported() {
            String crn = randomCrn();
            registerRequirement(crn, 2);
            UUID referral = UUID.randomUUID();
            ReadinessFeed.awaitHandled(ReadinessFeed.followedUp(crn, DAY, "ATTENDED_COMPLIED", referral),
                    ReadinessFeed.followedUp(crn, DAY.plusDays(1), "ATTENDED_FAILED_TO_COMPLY", referral),
                    ReadinessFeed.followedUp(crn, DAY.plusDays(2), "ATTENDED_COMPLIED", referral));

            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isEqualTo(2);
            assertThat(rar.getInt("requirements[0].daysRemaining")).isZero();
            assertThat(rar.getList("requirements[0].rarDays.date"))
                    .containsExactly(DAY.toString(), DAY.plusDays(1).toString());
            assertThat(rar.getList("requirements[0].daysBeyondMaximum.date")).containsExactly(DAY.plusDays(2).toString());
        }

        @Test
        void the_completion_adds_no_second_contact_when_a_practitioner_already_recorded_it() {
            String crn = randomCrn();
            record(contact(crn, "PIM_COMPLETION", DAY.minusDays(1)));

            ReadinessFeed.awaitHandled(ReadinessFeed.completed(crn, DAY));

            assertThat(contacts(crn).getList("content.date")).containsExactly(DAY.minusDays(1).toString());
        }
    }

    @Nested
    class Redelivery {

        @Test
        void of_every_event_twice_leaves_the_contacts_and_the_tally_unchanged() {
            String crn = randomCrn();
            registerRequirement(crn, 20);
            UUID referral = UUID.randomUUID();
            List<String> events = List.of(ReadinessFeed.introduced(crn, DAY.minusDays(7)),
                    ReadinessFeed.followedUp(crn, DAY.minusDays(1), "FAILED_TO_ATTEND", referral),
                    ReadinessFeed.followedUp(crn, DAY, "ATTENDED_COMPLIED", referral),
                    ReadinessFeed.completed(crn, DAY),
                    ReadinessFeed.revisited(crn, DAY.plusDays(1), DAY));
            ReadinessFeed.awaitHandled(events.toArray(String[]::new));
            String contactsBefore = contacts(crn).prettify();
            String rarBefore = rar(crn).prettify();
            String outboxBefore = TestDatabase.queryForText("SELECT count(*) FROM outbox_event WHERE event_key = ?", crn);

            List<String> again = new ArrayList<>();
            for (String event : events) {
                ReadinessFeed.resend(event);
                ReadinessFeed.resend(event);
                again.add(ReadinessFeed.resendAsNewEvent(event));
            }
            // A later event for the person is handled only after the repeats before it on the partition.
            ReadinessFeed.awaitHandled(again.toArray(String[]::new));
            ReadinessFeed.awaitHandled(ReadinessFeed.introduced(randomCrn(), DAY));

            assertThat(contacts(crn).prettify()).isEqualTo(contactsBefore);
            assertThat(rar(crn).prettify()).isEqualTo(rarBefore);
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).isEqualTo(1);
            assertThat(TestDatabase.queryForText("SELECT count(*) FROM outbox_event WHERE event_key = ?", crn))
                    .as("the repeats published nothing").isEqualTo(outboxBefore);
        }
    }

    @Nested
    class A_poison_event {

        @Test
        void goes_to_the_dead_letter_topic_and_the_consumer_keeps_going() {
            String crn = randomCrn();
            try (TopicProbe dlq = TopicProbe.open("readiness.events.contact-log-service.dlq")) {
                ProducerRecord<String, String> poison = new ProducerRecord<>("readiness.events", crn,
                        "{\"personReference\":{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + crn + "\"}]},"
                                + "\"followUpId\":\"" + UUID.randomUUID() + "\",\"attendance\":\"DANCED\"}");
                poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                poison.headers().add("ce_type", ReadinessReport.FOLLOW_UP_COMPLETED.getBytes(StandardCharsets.UTF_8));
                poison.headers().add("ce_source", "urn:test".getBytes(StandardCharsets.UTF_8));
                TopicProbe.send(poison);

                assertThat(dlq.await(received -> received.stream().anyMatch(r -> crn.equals(r.key())),
                        Duration.ofSeconds(30))).anyMatch(r -> crn.equals(r.key()));
            }
            ReadinessFeed.awaitHandled(ReadinessFeed.introduced(crn, DAY));
            assertThat(contacts(crn).getList("content.type")).containsExactly("PIM_INTRODUCTION");
        }
    }
}
