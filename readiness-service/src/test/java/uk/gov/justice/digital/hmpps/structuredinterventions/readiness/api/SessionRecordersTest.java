package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.PROGRAMME_MANAGER_USER;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.appoint;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.byAppointee;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.completion;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduction;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.session;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Who records the module's sessions: practitioners any, facilitators, peer mentors and the team their own (ADR 0014). */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class SessionRecordersTest {

    private static final String PROBLEM = "application/problem+json";

    private static String referred() {
        String crn = Crns.random();
        introduce(crn, true);
        ReferralEventFixtures.referred(crn);
        return crn;
    }

    private static Map<String, Object> followUpBy(Map<String, Object> deliveredBy) {
        Map<String, Object> details = new LinkedHashMap<>(followUp("STANDARD", true, ALL_EXERCISES));
        details.put("deliveredBy", deliveredBy);
        return details;
    }

    @Nested
    class AFacilitatorOrPeerMentor {

        @Test
        void records_a_follow_up_they_delivered_under_their_appointment_with_the_programme_manager_from_it() {
            String crn = referred();
            String mentor = "MENTOR_" + UUID.randomUUID();
            String appointment = appoint(mentor, "Sam Mentor", "PEER_MENTOR");

            asUser(mentor, Roles.PEER_MENTOR).body(followUpBy(byAppointee("Sam Mentor", "PEER_MENTOR", appointment)))
                    .post(path(crn) + "/follow-ups").then().statusCode(201)
                    .body("followUps[0].recordedBy", is(mentor))
                    .body("followUps[0].deliveredBy.appointmentId", is(appointment))
                    .body("followUps[0].deliveredBy.appointedBy", is(PROGRAMME_MANAGER_USER));
        }

        @Test
        void records_an_introduction_and_a_revisit_they_delivered() {
            String crn = Crns.random();
            String facilitator = "FAC_" + UUID.randomUUID();
            String appointment = appoint(facilitator, "Alex Facilitator", "FACILITATOR");
            Map<String, Object> alex = byAppointee("Alex Facilitator", "FACILITATOR", appointment);
            Map<String, Object> intro = new LinkedHashMap<>(introduction(true));
            intro.put("deliveredBy", alex);

            asUser(facilitator, Roles.FACILITATOR).body(intro).post(path(crn) + "/introduction").then().statusCode(201)
                    .body("introduction.deliveredBy.appointmentId", is(appointment));
            ReferralEventFixtures.referred(crn);
            asUser(facilitator, Roles.FACILITATOR).body(followUpBy(alex)).post(path(crn) + "/follow-ups").then()
                    .statusCode(201);
            as(Roles.PRACTITIONER).body(completion()).post(path(crn) + "/completion").then().statusCode(201);
            asUser(facilitator, Roles.FACILITATOR).body(Map.of("session", session(today()), "deliveredBy", alex,
                    "exercisesRevisited", List.of("GETTING_READY"))).post(path(crn) + "/revisits").then()
                    .statusCode(201).body("revisits[0].recordedBy", is(facilitator));
        }

        @Test
        void is_forbidden_to_record_a_session_under_another_persons_appointment() {
            String crn = referred();
            String appointment = appoint("MENTOR_" + UUID.randomUUID(), "Sam Mentor", "PEER_MENTOR");

            asUser("MENTOR_" + UUID.randomUUID(), Roles.PEER_MENTOR)
                    .body(followUpBy(byAppointee("Sam Mentor", "PEER_MENTOR", appointment)))
                    .post(path(crn) + "/follow-ups").then().statusCode(403).contentType(PROBLEM);
            as(Roles.READ_ONLY).get(path(crn)).then().body("followUps.size()", is(0));
        }

        @Test
        void is_forbidden_to_record_a_session_a_practitioner_delivered() {
            String crn = referred();

            asUser("MENTOR_" + UUID.randomUUID(), Roles.PEER_MENTOR)
                    .body(followUp("STANDARD", true, ALL_EXERCISES)).post(path(crn) + "/follow-ups").then()
                    .statusCode(403).contentType(PROBLEM);
        }

        @Test
        void cannot_record_under_a_withdrawn_appointment() {
            String crn = referred();
            String mentor = "MENTOR_" + UUID.randomUUID();
            String appointment = appoint(mentor, "Sam Mentor", "PEER_MENTOR");
            asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER).body(Map.of())
                    .post("/appointments/" + appointment + "/withdrawal").then().statusCode(200);

            asUser(mentor, Roles.PEER_MENTOR).body(followUpBy(byAppointee("Sam Mentor", "PEER_MENTOR", appointment)))
                    .post(path(crn) + "/follow-ups").then().statusCode(422)
                    .body("errors.field", contains("deliveredBy.appointmentId"));
        }

        @Test
        void may_not_record_completion_or_an_assessment() {
            String crn = referred();
            for (String role : List.of(Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM)) {
                as(role).body(completion()).post(path(crn) + "/completion").then().statusCode(403);
                as(role).body(Map.of("ready", false, "barriers", List.of("MOTIVATION"), "notes", "Not yet"))
                        .post(path(crn) + "/assessments").then().statusCode(403);
            }
        }

        @Test
        void reads_the_record_and_the_module() {
            String crn = referred();
            for (String role : List.of(Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM)) {
                as(role).get(path(crn)).then().statusCode(200);
                as(role).get("/module").then().statusCode(200);
            }
        }
    }

    @Nested
    class APractitioner {

        @Test
        void records_a_session_a_peer_mentor_delivered_by_naming_the_appointment() {
            String crn = referred();
            String appointment = appoint("MENTOR_" + UUID.randomUUID(), "Sam Mentor", "PEER_MENTOR");

            as(Roles.PRACTITIONER).body(followUpBy(byAppointee("Sam Mentor", "PEER_MENTOR", appointment)))
                    .post(path(crn) + "/follow-ups").then().statusCode(201)
                    .body("followUps[0].recordedBy", is("A_PRACTITIONER"))
                    .body("followUps[0].deliveredBy.appointedBy", is(PROGRAMME_MANAGER_USER));
        }

        @Test
        void naming_an_appointment_in_another_role_or_of_someone_else_is_refused() {
            String crn = referred();
            String appointment = appoint("FAC_" + UUID.randomUUID(), "Alex Facilitator", "FACILITATOR");

            as(Roles.PRACTITIONER).body(followUpBy(byAppointee("Alex Facilitator", "PEER_MENTOR", appointment)))
                    .post(path(crn) + "/follow-ups").then().statusCode(422)
                    .body("errors.field", contains("deliveredBy.appointmentId"));
            as(Roles.PRACTITIONER).body(followUpBy(byAppointee("Kim Other", "FACILITATOR", appointment)))
                    .post(path(crn) + "/follow-ups").then().statusCode(422)
                    .body("errors.field", contains("deliveredBy.name"));
            as(Roles.PRACTITIONER).body(followUpBy(byAppointee("Sam", "PEER_MENTOR", UUID.randomUUID().toString())))
                    .post(path(crn) + "/follow-ups").then().statusCode(422)
                    .body("errors.field", contains("deliveredBy.appointmentId"));
        }
    }

    @Nested
    class AnInterventionsTeamMember {

        @Test
        void records_a_follow_up_they_delivered_as_a_team_member_but_not_one_as_a_peer_mentor() {
            String crn = referred();
            String member = "TEAM_" + UUID.randomUUID();

            asUser(member, Roles.INTERVENTIONS_TEAM)
                    .body(followUpBy(Map.of("name", "Kim Team", "role", "INTERVENTIONS_TEAM_MEMBER")))
                    .post(path(crn) + "/follow-ups").then().statusCode(201)
                    .body("followUps[0].recordedBy", is(member));
            String appointment = appoint("MENTOR_" + UUID.randomUUID(), "Sam Mentor", "PEER_MENTOR");
            asUser(member, Roles.INTERVENTIONS_TEAM)
                    .body(followUpBy(byAppointee("Sam Mentor", "PEER_MENTOR", appointment)))
                    .post(path(crn) + "/follow-ups").then().statusCode(403);
        }
    }
}
