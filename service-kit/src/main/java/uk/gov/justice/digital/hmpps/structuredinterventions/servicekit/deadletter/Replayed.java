package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay published: each record, where it came from in the dead-letter topic and where it went. */
public record Replayed(
        @Schema(required = true, description = "The consumer's channel", example = "readiness-events") String channel,
        @Schema(required = true, description = "The dead-letter topic the records were taken from",
                example = "readiness.events.contact-log-service.dlq") String deadLetterTopic,
        @Schema(required = true, description = "The records, in offset order") List<ReplayedRecord> records) {

    public Replayed {
        records = List.copyOf(records);
    }
}
