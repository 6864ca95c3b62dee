package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;

/** Appointments as a Programme Manager makes them. */
final class AppointmentFixtures {

    static final String PM = "A_PROGRAMME_MANAGER";

    private AppointmentFixtures() {
    }

    static AppointmentDetails details(String userName, String name, AppointedRole role) {
        return new AppointmentDetails(userName, name, role, null);
    }

    /** A current appointment, made by {@link #PM}. */
    static Appointment appointed(String userName, String name, AppointedRole role) {
        return Appointment.appoint(details(userName, name, role), false, PM, NOW.minusDays(30));
    }

    /** An appointment made and then withdrawn. */
    static Appointment withdrawn(String userName, String name, AppointedRole role) {
        Appointment appointment = appointed(userName, name, role);
        appointment.withdraw("Moved region", PM, NOW.minusDays(1));
        return appointment;
    }
}
