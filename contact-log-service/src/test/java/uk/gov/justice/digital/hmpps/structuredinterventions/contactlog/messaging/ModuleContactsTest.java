package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.rar;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.storedByHand;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ReadinessReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
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
            String crn = Crns.random();
            registerRequirement(crn, 20);
            TestDatabase.awaitHandled(ReadinessEventFixtures.introduced(crn, DAY));

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
            String crn = Crns.random();
            registerRequirement(crn, 20);
            UUID referral = UUID.randomUUID();
            TestDatabase.awaitHandled(ReadinessEventFixtures.followedUp(crn, DAY, "ATTENDED_COMPLIED", referral),
                    ReadinessEventFixtures.completed(crn, DAY));

            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isEqualTo(1);
            assertThat(rar.getList("requirements[0].rarDays.date")).containsExactly(DAY.toString());
            assertThat(rar.getList("requirements[0].rarDays[0].contacts.type"))
                    .containsExactly("PIM_FOLLOW_UP", "PIM_COMPLETION");
            assertThat(contacts(crn).getList("content.referralId")).contains(referral.toString());
        }

        @Test
        void a_revisit_makes_no_contact_and_adds_no_rar_day() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            TestDatabase.awaitHandled(ReadinessEventFixtures.completed(crn, DAY));
            TestDatabase.awaitHandled(ReadinessEventFixtures.revisited(crn, DAY.plusDays(1), DAY),
                    ReadinessEventFixtures.revisited(crn, DAY.plusDays(2), DAY));

            assertThat(contacts(crn).getList("content.type")).containsExactly("PIM_COMPLETION");
            assertThat(rar(crn).getList("requirements[0].rarDays.date")).containsExactly(DAY.toString());
        }

        @Test
        void a_missed_follow_up_is_recorded_with_its_outcome_and_adds_no_rar_day() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            TestDatabase.awaitHandled(ReadinessEventFixtures.followedUp(crn, DAY, "FAILED_TO_ATTEND", UUID.randomUUID()));

            assertThat(contacts(crn).getList("content.outcome")).containsExactly("FAILED_TO_ATTEND");
            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("MISSED");
        }

        @Test
        void a_follow_up_attended_but_failed_to_comply_is_recorded_with_its_outcome_and_adds_no_rar_day() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            TestDatabase.awaitHandled(ReadinessEventFixtures.followedUp(crn, DAY, "ATTENDED_FAILED_TO_COMPLY",
                    UUID.randomUUID()));

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.type")).containsExactly("PIM_FOLLOW_UP");
            assertThat(contacts.getList("content.outcome")).containsExactly("ATTENDED_FAILED_TO_COMPLY");
            assertThat(contacts.getBoolean("content[0].rarActivity")).isTrue();
            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar.getList("requirements[0].rarDays")).isEmpty();
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("FAILED_TO_COMPLY");
        }

        @Test
        void a_follow_up_that_failed_to_comply_makes_no_day_but_the_completion_the_day_after_does() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            TestDatabase.awaitHandled(ReadinessEventFixtures.followedUp(crn, DAY.minusDays(1), "ATTENDED_FAILED_TO_COMPLY",
                    UUID.randomUUID()), ReadinessEventFixtures.completed(crn, DAY));

            JsonPath rar = rar(crn);
            assertThat(rar.getList("requirements[0].rarDays.date")).containsExactly(DAY.toString());
            assertThat(rar.getList("requirements[0].rarDays[0].contacts.type")).containsExactly("PIM_COMPLETION");
            assertThat(rar.getList("requirements[0].contactsNotCounted.contact.type")).containsExactly("PIM_FOLLOW_UP");
        }

        @Test
        void three_follow_ups_on_three_days_add_three_capped_at_the_maximum_with_the_excess_reported() {
            String crn = Crns.random();
            registerRequirement(crn, 2);
            UUID referral = UUID.randomUUID();
            TestDatabase.awaitHandled(ReadinessEventFixtures.followedUp(crn, DAY, "ATTENDED_COMPLIED", referral),
                    ReadinessEventFixtures.followedUp(crn, DAY.plusDays(1), "ATTENDED_COMPLIED", referral),
                    ReadinessEventFixtures.followedUp(crn, DAY.plusDays(2), "ATTENDED_COMPLIED", referral));

            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isEqualTo(2);
            assertThat(rar.getInt("requirements[0].daysRemaining")).isZero();
            assertThat(rar.getList("requirements[0].rarDays.date"))
                    .containsExactly(DAY.toString(), DAY.plusDays(1).toString());
            assertThat(rar.getList("requirements[0].daysBeyondMaximum.date")).containsExactly(DAY.plusDays(2).toString());
        }

    }

    @Nested
    class Module_contacts_recorded_by_hand_before_they_came_from_readiness_alone {

        @Test
        void keep_their_meaning_counting_towards_rar_days_with_their_outcomes_still_correctable() {
            String crn = Crns.random();
            long requirement = registerRequirement(crn, 20);
            String followUp = storedByHand(crn, "PIM_FOLLOW_UP", DAY.minusDays(1), requirement);
            storedByHand(crn, "PIM_COMPLETION", DAY, requirement);
            storedByHand(crn, "PIM_INTRODUCTION", DAY.minusDays(7), null);

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.type"))
                    .containsExactly("PIM_COMPLETION", "PIM_FOLLOW_UP", "PIM_INTRODUCTION");
            assertThat(contacts.getList("content.source")).containsOnly("PRACTITIONER");
            assertThat(rar(crn).getList("requirements[0].rarDays.date"))
                    .containsExactly(DAY.minusDays(1).toString(), DAY.toString());

            as(Roles.PRACTITIONER).body(Map.of("outcome", "ATTENDED_FAILED_TO_COMPLY"))
                    .put("/contacts/" + followUp + "/outcome").then().statusCode(200).body("version", is(1));
            JsonPath rar = rar(crn);
            assertThat(rar.getList("requirements[0].rarDays.date")).containsExactly(DAY.toString());
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("FAILED_TO_COMPLY");
        }

        @Test
        void a_completion_among_them_stands_and_the_module_completed_event_adds_no_second_contact() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            storedByHand(crn, "PIM_COMPLETION", DAY.minusDays(1), null);

            TestDatabase.awaitHandled(ReadinessEventFixtures.completed(crn, DAY));

            JsonPath contacts = contacts(crn);
            assertThat(contacts.getList("content.date")).containsExactly(DAY.minusDays(1).toString());
            assertThat(contacts.getList("content.source")).containsExactly("PRACTITIONER");
        }
    }

    @Nested
    class Redelivery {

        @Test
        void of_every_event_twice_leaves_the_contacts_and_the_tally_unchanged() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            UUID referral = UUID.randomUUID();
            List<String> events = List.of(ReadinessEventFixtures.introduced(crn, DAY.minusDays(7)),
                    ReadinessEventFixtures.followedUp(crn, DAY.minusDays(1), "FAILED_TO_ATTEND", referral),
                    ReadinessEventFixtures.followedUp(crn, DAY, "ATTENDED_COMPLIED", referral),
                    ReadinessEventFixtures.completed(crn, DAY),
                    ReadinessEventFixtures.revisited(crn, DAY.plusDays(1), DAY));
            TestDatabase.awaitHandled(events.toArray(String[]::new));
            String contactsBefore = contacts(crn).prettify();
            String rarBefore = rar(crn).prettify();
            String outboxBefore = TestDatabase.queryForText("SELECT count(*) FROM outbox_event WHERE event_key = ?"
                    + " AND topic <> 'audit.events'", crn);

            List<String> again = new ArrayList<>();
            for (String event : events) {
                EventFeed.resend(event);
                EventFeed.resend(event);
                again.add(EventFeed.resendAsNewEvent(event));
            }
            // A later event for the person is handled only after the repeats before it on the partition.
            TestDatabase.awaitHandled(again.toArray(String[]::new));
            TestDatabase.awaitHandled(ReadinessEventFixtures.introduced(Crns.random(), DAY));

            assertThat(contacts(crn).prettify()).isEqualTo(contactsBefore);
            assertThat(rar(crn).prettify()).isEqualTo(rarBefore);
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).isEqualTo(1);
            assertThat(TestDatabase.queryForText("SELECT count(*) FROM outbox_event WHERE event_key = ?"
                    + " AND topic <> 'audit.events'", crn))
                    .as("the repeats published nothing").isEqualTo(outboxBefore);
        }
    }

    @Nested
    class A_poison_event {

        @Test
        void goes_to_the_dead_letter_topic_and_the_consumer_keeps_going() {
            String crn = Crns.random();
            try (TopicProbe dlq = TopicProbe.open("readiness.events.contact-log-service.dlq")) {
                EventFeed.sendPoison("readiness.events", crn, ReadinessReport.FOLLOW_UP_COMPLETED,
                        "{\"personReference\":{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + crn + "\"}]},"
                                + "\"followUpId\":\"" + UUID.randomUUID() + "\",\"attendance\":\"DANCED\"}");

                assertThat(dlq.await(received -> received.stream().anyMatch(r -> crn.equals(r.key())),
                        Duration.ofSeconds(30))).anyMatch(r -> crn.equals(r.key()));
            }
            TestDatabase.awaitHandled(ReadinessEventFixtures.introduced(crn, DAY));
            assertThat(contacts(crn).getList("content.type")).containsExactly("PIM_INTRODUCTION");
        }
    }
}
