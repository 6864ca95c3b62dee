package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The set format of an intervention: its pre-group sessions, then its core sessions. Every session counts towards the
 * minimum of four a Structured Intervention must have.
 */
@Embeddable
@Schema(description = "The set format: pre-group sessions, then core (group or one-to-one) sessions")
public record SessionPlan(
        @Column(name = "pre_group_sessions")
        @NotNull @Min(0) @Max(10)
        @Schema(example = "1", description = "Sessions before the core sessions start")
        Integer preGroupSessions,
        @Column(name = "core_sessions")
        @NotNull @Min(1) @Max(100)
        @Schema(example = "6", description = "The core sessions")
        Integer coreSessions) {

    /** A Structured Intervention has a set format of at least this many sessions. */
    public static final int MINIMUM_STRUCTURED_INTERVENTION_SESSIONS = 4;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "Pre-group and core sessions together", example = "7", readOnly = true)
    public int totalSessions() {
        return preGroupSessions + coreSessions;
    }
}
