package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every topic the services use, with the partitions and settings docs/operations.md's Topics section gives them: the
 * four event topics (one per producing service), the audit topic and the dead-letter topic of each consuming channel
 * ({@code <topic>.<consuming service>.dlq}). The test infrastructure and the local stack create all of them at start,
 * so nothing waits for a client's first use; the deployment checks compare the services' configuration with this list.
 */
public final class Topics {

    /** A topic: its name, its partitions and its settings. Always one replica here. */
    public record Topic(String name, int partitions, Map<String, String> settings) {
    }

    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    /**
     * {@code catalogue.events} is compacted: every catalogue event carries the whole state of its key (an intervention
     * or a need area), so the latest event per key is all a new consumer needs to build its read model.
     */
    public static final Topic CATALOGUE_EVENTS = new Topic("catalogue.events", 3, Map.of(
            "cleanup.policy", "compact",
            "min.compaction.lag.ms", String.valueOf(DAY_MS),
            "delete.retention.ms", String.valueOf(7 * DAY_MS),
            "segment.ms", String.valueOf(DAY_MS)));

    /** The other event topics: keyed by CRN, six partitions, kept 14 days. */
    public static final List<Topic> EVENTS = List.of(
            CATALOGUE_EVENTS,
            kept("referral.events", 6, 14),
            kept("readiness.events", 6, 14),
            kept("contact-log.events", 6, 14));

    /** Audit records of every service holding person data, keyed by CRN, for the HMPPS audit service. */
    public static final Topic AUDIT_EVENTS = kept("audit.events", 6, 28);

    /** The dead-letter topic of each consuming channel: one partition, kept 28 days. */
    public static final List<Topic> DEAD_LETTERS = List.of(
            deadLetter("catalogue.events", "referral-service"),
            deadLetter("readiness.events", "referral-service"),
            deadLetter("referral.events", "readiness-service"),
            deadLetter("readiness.events", "contact-log-service"));

    /** All nine, event topics first. */
    public static final List<Topic> ALL = Stream.of(EVENTS.stream(), Stream.of(AUDIT_EVENTS), DEAD_LETTERS.stream())
            .flatMap(topics -> topics).toList();

    private Topics() {
    }

    /** The name of the dead-letter topic of a service's channel reading {@code topic}. */
    public static String deadLetterName(String topic, String service) {
        return topic + "." + service + ".dlq";
    }

    /** The names of all nine. */
    public static List<String> names() {
        return ALL.stream().map(Topic::name).toList();
    }

    /** Each topic's settings by name, in the order of {@link #ALL}. */
    public static Map<String, Topic> byName() {
        Map<String, Topic> topics = new LinkedHashMap<>();
        ALL.forEach(topic -> topics.put(topic.name(), topic));
        return topics;
    }

    private static Topic kept(String name, int partitions, int days) {
        return new Topic(name, partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(days * DAY_MS)));
    }

    private static Topic deadLetter(String topic, String service) {
        return kept(deadLetterName(topic, service), 1, 28);
    }
}
