package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record of a consumer's dead-letter topic, as an operator sees it: where it is, which event it holds and why it
 * was dead-lettered. Never its key or its value: both name the person (the key is the CRN of a person's events), and
 * an operations endpoint shows no personal data. (No class-level {@code @Schema}: that would put it in the OpenAPI
 * document of every service, the catalogue's too.)
 */
public record DeadLetter(
        @Schema(required = true, description = "The dead-letter topic's partition that holds the record", example = "0")
        int partition,
        @Schema(required = true, description = "The record's offset in that partition", example = "12") long offset,
        @Schema(description = "When the record was written to the dead-letter topic",
                example = "2026-11-20T10:05:01.123Z") Instant deadLetteredAt,
        @Schema(description = "The event's id (ce_id); a replay keeps it, so the inbox applies the event once",
                example = "6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b") String eventId,
        @Schema(description = "The event's type (ce_type)", example = "structured-interventions.readiness.module-completed")
        String eventType,
        @Schema(description = "Who published the event (ce_source)",
                example = "urn:hmpps:structured-interventions:readiness-service") String eventSource,
        @Schema(description = "When the event happened (ce_time), as the record carries it",
                example = "2026-11-20T10:05:00Z") String eventTime,
        @Schema(description = "The topic the record was read from (dead-letter-topic); a replay publishes it there",
                example = "readiness.events") String topic,
        @Schema(description = "Its partition there (dead-letter-partition)", example = "2") Integer originalPartition,
        @Schema(description = "Its offset there (dead-letter-offset)", example = "1041") Long originalOffset,
        @Schema(description = "Why the consumer gave up (dead-letter-reason): the exception's message, with quoted "
                + "values and CRN-shaped text masked, and cut to 300 characters",
                example = "event 6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b names no valid CRN in personReference")
        String reason,
        @Schema(description = "The exception's class (dead-letter-exception-class-name): PoisonEventException means "
                + "the event itself is wrong, anything else that the consumer could not handle it then",
                example = "uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PoisonEventException")
        String exceptionClass,
        @Schema(description = "The class of the exception's cause (dead-letter-cause-class-name), when there is one",
                example = "org.hibernate.exception.JDBCConnectionException") String causeClass,
        @Schema(required = true, description = "Whether it can be replayed: it names this channel's topic as where it "
                + "came from and carries an event id", example = "true") boolean replayable) {
}
