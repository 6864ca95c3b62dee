package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AppointedRole;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Appointment;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AppointmentDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.AppointmentRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/**
 * The Programme Managers' appointments of facilitators and peer mentors (ADR 0014). A second current appointment of a
 * person in a role is refused here, and by a unique index when two are made at once.
 */
@ApplicationScoped
public class AppointmentService {

    private final AppointmentRepository appointments;
    private final Clock clock;

    AppointmentService(AppointmentRepository appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    @Transactional
    public Appointment.View appoint(AppointmentDetails details, String by) {
        Appointment appointment = Appointment.appoint(details,
                appointments.currentlyAppointed(details.userName(), details.role()), by, OffsetDateTime.now(clock));
        appointments.persistAndFlush(appointment);
        return appointment.view();
    }

    @Transactional
    public Appointment.View get(UUID id) {
        return appointments.findByIdOptional(id).map(Appointment::view)
                .orElseThrow(() -> ProblemException.notFound("Appointment", id));
    }

    @Transactional
    public Page<Appointment.View> find(AppointedRole role, Boolean current, int page, int size) {
        PanacheQuery<Appointment> query = appointments.find(role, current, page, size);
        return Page.counted(query.list().stream().map(Appointment::view).toList(), page, size,
                limit -> Math.min(query.count(), limit));
    }

    @Transactional
    public Appointment.View withdraw(UUID id, Long expectedVersion, String reason, String by) {
        Appointment appointment = appointments.locked(id).orElseThrow(() -> ProblemException.notFound("Appointment", id));
        ETags.requireCurrent(expectedVersion, appointment.view().version(), "The appointment");
        appointment.withdraw(reason, by, OffsetDateTime.now(clock));
        appointments.flush();
        return appointment.view();
    }
}
