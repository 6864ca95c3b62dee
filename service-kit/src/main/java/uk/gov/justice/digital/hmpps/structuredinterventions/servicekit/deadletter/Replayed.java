package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay published: each record, where it came from in the dead-letter topic and where it went. */
public record Replayed(
        @Schema(required = true, description = "The consumer's channel", example = "readiness-events") String channel,
        @Schema(required = true, description = "The dead-letter topic the records were taken from",
                example = "readiness.events.contact-log-service.dlq") String deadLetterTopic,
        @Schema(required = true, description = "The records, in offset order") List<Record> records) {

    public Replayed {
        records = List.copyOf(records);
    }

    /** One record replayed. */
    public record Record(
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
}
