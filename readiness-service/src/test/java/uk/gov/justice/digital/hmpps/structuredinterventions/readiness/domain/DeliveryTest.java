package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/** The rules on who delivers a session under an appointment, and who may record it (ADR 0014). */
class DeliveryTest {

    private static final Appointment SAM = AppointmentFixtures.appointed("SMENTOR", "Sam Mentor",
            AppointedRole.PEER_MENTOR);
    private static final Appointment ALEX = AppointmentFixtures.appointed("FAC1", "Alex Facilitator",
            AppointedRole.FACILITATOR);
    private static final Recorder PRACTITIONER = Recorder.practitioner("PP1");

    private static Deliverer mentor(UUID appointmentId) {
        return Deliverer.appointed("Sam Mentor", DelivererRole.PEER_MENTOR, appointmentId);
    }

    private static Recorder only(String userName, Recorder.Role... roles) {
        return new Recorder(userName, EnumSet.of(roles[0], roles));
    }

    private static void assertBroken(Delivery delivery, String... fields) {
        assertThat(delivery.check("deliveredBy")).extracting(FieldError::field).containsExactly(fields);
    }

    private static void assertForbidden(Delivery delivery) {
        assertThatThrownBy(delivery::checkRecorder).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
    }

    @Nested
    class AFacilitatorOrPeerMentorNamesTheirAppointment {

        @Test
        void without_an_appointment_id_is_refused_for_both_roles() {
            for (DelivererRole role : Set.of(DelivererRole.FACILITATOR, DelivererRole.PEER_MENTOR)) {
                Delivery unnamed = new Delivery(Deliverer.of("Sam Mentor", role), null, PRACTITIONER);
                assertBroken(unnamed, "deliveredBy.appointmentId");
                assertThat(unnamed.check("deliveredBy")).extracting(FieldError::message)
                        .singleElement().asString().contains("must name their current appointment");
            }
        }

        @Test
        void naming_an_unknown_appointment_is_refused() {
            assertBroken(new Delivery(mentor(UUID.randomUUID()), null, PRACTITIONER), "deliveredBy.appointmentId");
        }

        @Test
        void naming_a_current_appointment_of_that_person_in_that_role_is_accepted() {
            assertBroken(new Delivery(mentor(SAM.id()), SAM, PRACTITIONER));
        }
    }

    @Nested
    class TheAppointmentIsCurrent {

        @Test
        void a_withdrawn_appointment_is_refused() {
            Appointment withdrawn = AppointmentFixtures.withdrawn("SMENTOR", "Sam Mentor", AppointedRole.PEER_MENTOR);

            assertBroken(new Delivery(mentor(withdrawn.id()), withdrawn, PRACTITIONER), "deliveredBy.appointmentId");
        }
    }

    @Nested
    class TheAppointmentIsInThatRole {

        @Test
        void a_facilitators_appointment_does_not_cover_a_session_as_a_peer_mentor() {
            Deliverer asMentor = Deliverer.appointed("Alex Facilitator", DelivererRole.PEER_MENTOR, ALEX.id());

            assertBroken(new Delivery(asMentor, ALEX, PRACTITIONER), "deliveredBy.appointmentId");
        }
    }

    @Nested
    class TheAppointmentIsOfThatPerson {

        @Test
        void a_deliverer_named_otherwise_than_the_appointment_is_refused() {
            Deliverer someoneElse = Deliverer.appointed("Kim Other", DelivererRole.PEER_MENTOR, SAM.id());

            assertBroken(new Delivery(someoneElse, SAM, PRACTITIONER), "deliveredBy.name");
        }

        @Test
        void the_name_is_compared_without_case_or_surrounding_spaces() {
            Deliverer spelt = Deliverer.appointed(" sam mentor ", DelivererRole.PEER_MENTOR, SAM.id());

            assertBroken(new Delivery(spelt, SAM, PRACTITIONER));
        }
    }

    @Nested
    class OnlyAFacilitatorOrPeerMentorNamesAnAppointment {

        @Test
        void a_practitioner_or_team_member_naming_one_is_refused() {
            for (DelivererRole role : Set.of(DelivererRole.PROBATION_PRACTITIONER,
                    DelivererRole.ANOTHER_PROBATION_PRACTITIONER, DelivererRole.INTERVENTIONS_TEAM_MEMBER)) {
                assertBroken(new Delivery(Deliverer.appointed("Kim", role, SAM.id()), SAM, PRACTITIONER),
                        "deliveredBy.appointmentId");
            }
        }

        @Test
        void a_practitioner_naming_none_is_accepted() {
            assertBroken(Delivery.byPractitioner(Deliverer.of("Jo", DelivererRole.PROBATION_PRACTITIONER), "PP1"));
        }
    }

    @Nested
    class TheAppointingProgrammeManagerComesFromTheAppointment {

        @Test
        void typing_appointed_by_is_refused_even_beside_an_appointment() {
            Deliverer typed = new Deliverer("Sam Mentor", DelivererRole.PEER_MENTOR, SAM.id(), "Alex PM");

            assertBroken(new Delivery(typed, SAM, PRACTITIONER), "deliveredBy.appointedBy");
        }

        @Test
        void the_session_records_the_programme_manager_who_made_the_appointment() {
            assertThat(new Delivery(mentor(SAM.id()), SAM, PRACTITIONER).recorded())
                    .isEqualTo(new Deliverer("Sam Mentor", DelivererRole.PEER_MENTOR, SAM.id(), AppointmentFixtures.PM));
        }

        @Test
        void a_session_naming_no_appointment_records_no_programme_manager() {
            Deliverer jo = Deliverer.of("Jo", DelivererRole.PROBATION_PRACTITIONER);

            assertThat(Delivery.byPractitioner(jo, "PP1").recorded()).isEqualTo(jo);
        }
    }

    @Nested
    class AnyoneButAPractitionerRecordsOnlyTheirOwnSessions {

        @Test
        void a_practitioner_records_a_session_delivered_by_anyone() {
            assertThatCode(() -> new Delivery(mentor(SAM.id()), SAM, PRACTITIONER).checkRecorder())
                    .doesNotThrowAnyException();
            assertThatCode(() -> Delivery.byPractitioner(Deliverer.of("Kim", DelivererRole.INTERVENTIONS_TEAM_MEMBER),
                    "PP1").checkRecorder()).doesNotThrowAnyException();
        }

        @Test
        void a_peer_mentor_records_a_session_under_their_own_appointment() {
            assertThatCode(() -> new Delivery(mentor(SAM.id()), SAM,
                    only("smentor", Recorder.Role.PEER_MENTOR)).checkRecorder()).doesNotThrowAnyException();
        }

        @Test
        void a_peer_mentor_recording_under_another_persons_appointment_is_forbidden() {
            assertForbidden(new Delivery(mentor(SAM.id()), SAM, only("OTHER_MENTOR", Recorder.Role.PEER_MENTOR)));
        }

        @Test
        void a_peer_mentor_recording_a_session_in_another_role_is_forbidden() {
            assertForbidden(new Delivery(Deliverer.of("Jo", DelivererRole.PROBATION_PRACTITIONER), null,
                    only("SMENTOR", Recorder.Role.PEER_MENTOR)));
            assertForbidden(new Delivery(Deliverer.appointed("Alex Facilitator", DelivererRole.FACILITATOR, ALEX.id()),
                    ALEX, only("SMENTOR", Recorder.Role.PEER_MENTOR)));
        }

        @Test
        void a_facilitator_records_as_a_facilitator_only() {
            Deliverer alex = Deliverer.appointed("Alex Facilitator", DelivererRole.FACILITATOR, ALEX.id());

            assertThatCode(() -> new Delivery(alex, ALEX, only("FAC1", Recorder.Role.FACILITATOR)).checkRecorder())
                    .doesNotThrowAnyException();
            assertForbidden(new Delivery(mentor(SAM.id()), SAM, only("FAC1", Recorder.Role.FACILITATOR)));
        }

        @Test
        void an_interventions_team_member_records_only_as_an_interventions_team_member() {
            Recorder team = only("TEAM1", Recorder.Role.INTERVENTIONS_TEAM);

            assertThatCode(() -> new Delivery(Deliverer.of("Kim", DelivererRole.INTERVENTIONS_TEAM_MEMBER), null,
                    team).checkRecorder()).doesNotThrowAnyException();
            assertForbidden(new Delivery(Deliverer.of("Jo", DelivererRole.PROBATION_PRACTITIONER), null, team));
            assertForbidden(new Delivery(mentor(SAM.id()), SAM, team));
        }

        @Test
        void a_refused_recorder_leaves_the_record_unchanged() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            Deliverer jo = Deliverer.of("Jo", DelivererRole.PROBATION_PRACTITIONER);
            FollowUpDetails details = ReadinessRecordFixtures.followUp(ReadinessRecordFixtures.on(
                    ReadinessRecordFixtures.TODAY), jo, SessionLength.STANDARD, true, false,
                    ReadinessRecordFixtures.ALL, Attendance.ATTENDED_COMPLIED);

            assertThatThrownBy(() -> record.recordFollowUp(details,
                    new Delivery(jo, null, only("SMENTOR", Recorder.Role.PEER_MENTOR)), 1,
                    ReadinessRecordFixtures.TODAY, ReadinessRecordFixtures.NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
            assertThat(record.view().followUps()).isEmpty();
        }
    }
}
