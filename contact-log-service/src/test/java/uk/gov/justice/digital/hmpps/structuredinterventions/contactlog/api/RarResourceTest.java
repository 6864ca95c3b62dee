package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.newRequirementId;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.rar;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.record;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.requirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class RarResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Nested
    class Registering_a_requirement {

        @Test
        void answers_201_the_first_time_and_200_with_the_varied_requirement_after() {
            String crn = Crns.random();
            long id = newRequirementId();
            LocalDate start = today().minusDays(10);

            as(Roles.DELIUS_SYNC).body(requirement(id, crn, 20, start, start.plusYears(1))).post("/rar-requirements")
                    .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/people/" + crn + "/rar"))
                    .body("requirementId", is(id)).body("maximumDays", is(20)).body("registeredBy", is("A_SYNC"));
            as(Roles.DELIUS_SYNC).body(requirement(id, crn, 25, start, start.plusYears(1))).post("/rar-requirements")
                    .then().statusCode(200).body("maximumDays", is(25)).body("version", is(1));
            as(Roles.DELIUS_SYNC).body(requirement(id, crn, 25, start, start.plusYears(1))).post("/rar-requirements")
                    .then().statusCode(200).body("version", is(1));

            assertThat(rar(crn).getInt("requirements[0].maximumDays")).isEqualTo(25);
        }

        @Test
        void answers_409_when_it_would_move_to_another_person_and_422_when_it_ends_before_it_starts() {
            String crn = Crns.random();
            long id = registerRequirement(crn, 20);

            as(Roles.DELIUS_SYNC).body(requirement(id, Crns.random(), 20, today(), today().plusYears(1)))
                    .post("/rar-requirements").then().statusCode(409).contentType(PROBLEM);
            as(Roles.DELIUS_SYNC).body(requirement(newRequirementId(), crn, 20, today(), today().minusDays(1)))
                    .post("/rar-requirements").then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("expectedEndDate"));
        }

        @Test
        void answers_400_naming_each_invalid_field() {
            Map<String, Object> details = requirement(0, "X12", 0, today(), today());
            details.remove("startDate");

            as(Roles.DELIUS_SYNC).body(details).post("/rar-requirements").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("requirementId")).body("errors.field", hasItem("crn"))
                    .body("errors.field", hasItem("maximumDays")).body("errors.field", hasItem("startDate"));
        }

        @Test
        void is_for_the_ndelius_system_alone() {
            as(Roles.PRACTITIONER).body(requirement(newRequirementId(), Crns.random(), 20, today(), today()))
                    .post("/rar-requirements").then().statusCode(403).contentType(PROBLEM);
        }

        @Test
        void links_the_rar_activities_already_recorded_that_it_alone_covers() {
            String crn = Crns.random();
            String before = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today().minusDays(2))).getString("id");
            String outside = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today().minusMonths(3)))
                    .getString("id");
            assertThat(rar(crn).getList("unlinkedRarActivities.contactId")).containsExactlyInAnyOrder(before, outside);

            long id = registerRequirement(crn, 20);

            JsonPath rar = rar(crn);
            assertThat(rar.getList("requirements[0].rarDays.contacts.flatten().contactId")).containsExactly(before);
            assertThat(rar.getList("unlinkedRarActivities.contactId")).containsExactly(outside);
            as(Roles.READ_ONLY).get("/contacts/" + before).then().body("rarRequirementId", is(id))
                    .body("version", is(1));
        }
    }

    @Nested
    class A_persons_rar_days {

        @Test
        void are_empty_for_a_person_with_contacts_but_no_requirement_404_for_someone_unknown_and_400_for_a_malformed_crn() {
            String crn = Crns.random();
            Map<String, Object> notCounting = contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today());
            notCounting.put("rarActivity", false);
            record(notCounting);
            as(Roles.TREATMENT_MANAGER).get("/people/" + crn + "/rar").then().statusCode(200)
                    .body("requirements", empty()).body("unlinkedRarActivities", empty());
            as(Roles.TREATMENT_MANAGER).get("/people/" + Crns.random() + "/rar").then().statusCode(404)
                    .contentType(PROBLEM);
            as(Roles.READ_ONLY).get("/people/x1/rar").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("crn"));
        }

        @Test
        void count_one_day_for_several_activities_on_it_and_report_days_beyond_the_maximum() {
            String crn = Crns.random();
            registerRequirement(crn, 2);
            LocalDate day = today().minusDays(7);
            record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", day));
            Map<String, Object> later = contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", day);
            later.put("startTime", "14:00");
            later.put("endTime", "15:00");
            record(later);
            record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", day.plusDays(1)));
            record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", day.plusDays(2)));

            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isEqualTo(2);
            assertThat(rar.getInt("requirements[0].daysRemaining")).isZero();
            assertThat(rar.getList("requirements[0].rarDays.date"))
                    .containsExactly(day.toString(), day.plusDays(1).toString());
            assertThat(rar.getList("requirements[0].rarDays[0].contacts.startTime"))
                    .containsExactly("10:00:00", "14:00:00");
            assertThat(rar.getList("requirements[0].daysBeyondMaximum.date")).containsExactly(day.plusDays(2).toString());
        }
    }
}
