package uk.gov.justice.digital.hmpps.structuredinterventions.referral.events;

import java.util.List;
import java.util.UUID;

/**
 * The part of a catalogue intervention or offering event ({@code docs/events/intervention-event.schema.json}) this
 * service reads: the whole intervention after the change, with its version and where it is offered.
 */
public record InterventionChanged(Intervention intervention) {

    public static final String PREFIX_INTERVENTION = "structured-interventions.intervention.";
    public static final String PREFIX_OFFERING = "structured-interventions.offering.";

    public record Intervention(UUID id, long version, String type, String status, String name, String needArea,
            Eligibility eligibility, List<Offering> offerings) {
    }

    public record Eligibility(Integer minimumAge, Integer maximumAge, List<String> sexes, List<String> offenceCohorts) {
    }

    public record Offering(String region, List<String> deliveryFormats, List<String> deliveryModes) {
    }
}
