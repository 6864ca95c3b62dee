package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionView;

/**
 * Data of every event about an intervention on {@code catalogue.events}, keyed by the intervention id. Each carries
 * the whole intervention as {@code GET /interventions/{id}} shows it after the change, offerings included, so the
 * latest event per key is enough to keep a read model (the topic is compacted). {@code intervention.version} rises
 * with every change; a consumer ignores an event whose version is not above the one it holds.
 *
 * @param intervention the intervention after the change
 * @param region the region whose offering opened, changed or closed (offering events only)
 * @param reason why it was withdrawn ({@code intervention.withdrawn} only)
 * @param detailUrl where to read the intervention
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterventionEvent(InterventionView intervention, String region, String reason, String detailUrl) {

    /** A Structured Intervention or Accredited Programme became available. */
    public static final String PUBLISHED = "structured-interventions.intervention.published";
    /** A draft was recorded or changed, or the panel's assessment of it was recorded. */
    public static final String UPDATED = "structured-interventions.intervention.updated";
    /** A published intervention was withdrawn; its offerings closed with it. */
    public static final String WITHDRAWN = "structured-interventions.intervention.withdrawn";
    /** A region began to offer the intervention. */
    public static final String OFFERING_OPENED = "structured-interventions.offering.opened";
    /** A region changed how or why it offers the intervention. */
    public static final String OFFERING_UPDATED = "structured-interventions.offering.updated";
    /** A region stopped offering the intervention. */
    public static final String OFFERING_CLOSED = "structured-interventions.offering.closed";
}
