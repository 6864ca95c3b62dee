package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

/**
 * The texts of the dead-letter endpoints that every consuming service serves ({@code api/DeadLetterResource}): their
 * descriptions and examples, the same in each.
 */
public final class DeadLetterApi {

    public static final String TAG = "Dead letters";
    public static final String TAG_DESCRIPTION = "For operators: the records a consumer gave up on, and replaying "
            + "them once the cause is fixed";

    public static final String CHANNEL = "The consumer's messaging channel";

    public static final String LIST_SUMMARY = "List a consumer's dead-letter records";
    public static final String LIST_DESCRIPTION = "The records of the channel's dead-letter topic, in partition then "
            + "offset order, oldest first: where each is, its CloudEvent attributes (id, type, source, time), where it "
            + "was read from and why the consumer gave up, from the dead-letter-* headers. Never the record's key or "
            + "value: they name the person. Reading joins no consumer group and commits nothing. Unknown channel: 404.";

    public static final String REPLAY_SUMMARY = "Replay dead-letter records onto the topic they came from";
    public static final String REPLAY_DESCRIPTION = "Publishes the record at offset of the dead-letter topic's "
            + "partition (or every record from offset to lastOffset, at most 100) to the topic it was read from, with "
            + "the same key, value and headers, the dead-letter-* headers dropped. The event keeps its id, so the "
            + "consumer applies it once: one that has handled it already does nothing. Replay only once the cause is "
            + "fixed, or the record is dead-lettered again. Every other consumer of that topic receives it too, and "
            + "ignores it by the same id. Each replay is logged and audited with who asked. 404 for an unknown "
            + "channel, partition or offset; 422 when a record names no original topic or carries no event id.";

    public static final String REPLAY_EXAMPLE = """
            {"partition": 0, "offset": 12}""";
    public static final String RANGE_EXAMPLE = """
            {"partition": 0, "offset": 12, "lastOffset": 20}""";

    /** A page of {@code GET /dead-letters/{channel}}: one poison record contact-log-service's consumer refused. */
    public static final String PAGE_EXAMPLE = """
            {"content": [{"partition": 0, "offset": 12, "deadLetteredAt": "2026-11-20T10:05:01.123Z",
              "eventId": "6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b",
              "eventType": "structured-interventions.readiness.module-completed",
              "eventSource": "urn:hmpps:structured-interventions:readiness-service",
              "eventTime": "2026-11-20T10:05:00Z", "topic": "readiness.events", "originalPartition": 2,
              "originalOffset": 1041,
              "reason": "event 6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b names no valid CRN in personReference",
              "exceptionClass": "uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PoisonEventException",
              "causeClass": null, "replayable": true}],
             "page": 0, "size": 20, "totalElements": 1, "totalPages": 1, "totalElementsExact": true}""";

    /** The answer of {@code POST /dead-letters/{channel}/replays} for one record. */
    public static final String REPLAYED_EXAMPLE = """
            {"channel": "readiness-events", "deadLetterTopic": "readiness.events.contact-log-service.dlq",
             "records": [{"partition": 0, "offset": 12, "eventId": "6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b",
               "eventType": "structured-interventions.readiness.module-completed", "topic": "readiness.events",
               "replayedToPartition": 2, "replayedToOffset": 1187}]}""";

    private DeadLetterApi() {
    }
}
