package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offering as a region lists it: which intervention, in which need area, and the offering itself. */
@Schema(name = "RegionOffering", description = "An intervention a region offers, and how and why it offers it")
public record RegionOffering(
        InterventionView.InterventionReference intervention,
        @Schema(example = "ATB") NeedAreaCode needArea,
        InterventionStatus status,
        @Schema(description = "The intervention's version: send it as If-Match to change or close the offering", example = "2")
        long interventionVersion,
        InterventionView.Offering offering) {

    public static RegionOffering of(Offering offering) {
        Intervention intervention = offering.intervention();
        return new RegionOffering(new InterventionView.InterventionReference(intervention.id(), intervention.name()),
                intervention.needArea(), intervention.status(), intervention.version(), offering.view());
    }
}
