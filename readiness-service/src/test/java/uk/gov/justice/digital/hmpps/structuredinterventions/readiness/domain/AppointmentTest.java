package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AppointmentFixtures.PM;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class AppointmentTest {

    @Nested
    class Appointing {

        @Test
        void records_who_is_appointed_in_which_role_by_which_programme_manager_and_when() {
            Appointment appointment = Appointment.appoint(
                    new AppointmentDetails(" SMENTOR ", " Sam Mentor ", AppointedRole.PEER_MENTOR, "London"), false,
                    "PM1", NOW);

            Appointment.View view = appointment.view();
            assertThat(view.id()).isNotNull();
            assertThat(view.userName()).isEqualTo("SMENTOR");
            assertThat(view.name()).isEqualTo("Sam Mentor");
            assertThat(view.role()).isEqualTo(AppointedRole.PEER_MENTOR);
            assertThat(view.notes()).isEqualTo("London");
            assertThat(view.appointedBy()).isEqualTo("PM1");
            assertThat(view.appointedAt()).isEqualTo(NOW);
            assertThat(view.current()).isTrue();
            assertThat(view.withdrawnAt()).isNull();
        }

        @Test
        void a_second_current_appointment_of_the_person_in_the_role_is_a_conflict() {
            assertThatThrownBy(() -> Appointment.appoint(
                    AppointmentFixtures.details("SMENTOR", "Sam", AppointedRole.PEER_MENTOR), true, PM, NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        }

        @Test
        void each_role_maps_to_the_deliverer_role_its_sessions_record() {
            assertThat(AppointedRole.FACILITATOR.delivers()).isEqualTo(DelivererRole.FACILITATOR);
            assertThat(AppointedRole.PEER_MENTOR.delivers()).isEqualTo(DelivererRole.PEER_MENTOR);
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void ends_the_appointment_and_records_who_withdrew_it_when_and_why() {
            Appointment appointment = AppointmentFixtures.appointed("FAC1", "Alex", AppointedRole.FACILITATOR);

            appointment.withdraw("Left the service", "PM2", NOW);

            Appointment.View view = appointment.view();
            assertThat(view.current()).isFalse();
            assertThat(view.withdrawnBy()).isEqualTo("PM2");
            assertThat(view.withdrawnAt()).isEqualTo(NOW);
            assertThat(view.withdrawalReason()).isEqualTo("Left the service");
            assertThat(view.appointedBy()).isEqualTo(PM);
        }

        @Test
        void happens_once_and_a_second_is_a_conflict() {
            Appointment appointment = AppointmentFixtures.withdrawn("FAC1", "Alex", AppointedRole.FACILITATOR);

            assertThatThrownBy(() -> appointment.withdraw(null, "PM2", NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        }
    }
}
