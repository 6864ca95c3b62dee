package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/** When a session took place, in UK local date and times, as nDelius records a contact. */
@Embeddable
@Schema(name = "Session", description = "The date and the start and end times of a session, UK local time")
public record Session(
        @NotNull @Column(name = "session_date") @Schema(example = "2026-11-20") LocalDate date,
        @NotNull @Column(name = "start_time") @Schema(example = "10:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "partial-time") LocalTime startTime,
        @NotNull @Column(name = "end_time") @Schema(example = "11:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "partial-time") LocalTime endTime) {

    /** A session that has happened ends after it starts and is not in the future. */
    public List<FieldError> check(String field, LocalDate today) {
        List<FieldError> broken = new ArrayList<>();
        if (date != null && date.isAfter(today)) {
            broken.add(new FieldError(field + ".date", "must not be in the future: record a session once it has taken place"));
        }
        if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            broken.add(new FieldError(field + ".endTime", "must be after the start time"));
        }
        return broken;
    }
}
