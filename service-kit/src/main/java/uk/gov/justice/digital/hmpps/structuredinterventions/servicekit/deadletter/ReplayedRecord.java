package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dead-letter record replayed: where it was in the dead-letter topic, and where it went. */
public record ReplayedRecord(
        @Schema(required = true, description = "Its partition in the dead-letter topic", example = "0")
        int partition,
        @Schema(required = true, description = "Its offset in the dead-letter topic", example = "12") long offset,
        @Schema(required = true, description = "The event's id, unchanged",
                example = "6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b") String eventId,
        @Schema(description = "The event's type", example = "structured-interventions.readiness.module-completed")
        String eventType,
        @Schema(required = true, description = "The topic it was published to: the one it was read from",
                example = "readiness.events") String topic,
        @Schema(required = true, description = "The partition it landed in there", example = "2")
        int replayedToPartition,
        @Schema(required = true, description = "Its new offset there", example = "1187") long replayedToOffset) {
}
