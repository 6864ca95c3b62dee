package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * PostgreSQL and Kafka together, started in parallel. Tests use a throw-away pair; the local stack uses a persistent
 * pair whose data survives restarts.
 */
public final class LocalInfrastructure implements AutoCloseable {

    /** One database per service. */
    public static final List<String> SERVICE_DATABASES = List.of("catalogue", "referral", "readiness", "contact_log");

    /**
     * One topic per producing service, and the audit topic they share, with their settings. {@code catalogue.events}
     * is compacted: every catalogue event carries the whole state of its key (an intervention or a need area), so the
     * latest event per key is all a new consumer needs to build its read model.
     */
    public static final Map<String, Map<String, String>> EVENT_TOPICS = topics();

    private static Map<String, Map<String, String>> topics() {
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        topics.put("catalogue.events", Map.of("cleanup.policy", "compact"));
        topics.put("referral.events", Map.of());
        topics.put("readiness.events", Map.of());
        topics.put("contact-log.events", Map.of());
        // Audit records of every service holding person data, keyed by CRN, for the HMPPS audit service.
        topics.put("audit.events", Map.of());
        return Collections.unmodifiableMap(topics);
    }

    public static final int TOPIC_PARTITIONS = 3;

    /**
     * One dead-letter topic per consuming channel, {@code <topic>.<consuming service>.dlq}, with one partition, as
     * docs/operations.md has them: a record the consumer cannot handle goes there with why and where it was read.
     * Created up front, so that a dead-lettered record does not depend on the broker creating topics on first use.
     */
    public static final List<String> DEAD_LETTER_TOPICS = List.of(
            "catalogue.events.referral-service.dlq",
            "readiness.events.referral-service.dlq",
            "referral.events.readiness-service.dlq",
            "readiness.events.contact-log-service.dlq");

    public static final int DEAD_LETTER_TOPIC_PARTITIONS = 1;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private LocalInfrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** A throw-away PostgreSQL and Kafka on free ports. */
    public static LocalInfrastructure startTemporary() {
        return start(null, 0, null, 0);
    }

    /** A persistent PostgreSQL and Kafka under {@code dataDirectory}, on fixed ports. */
    public static LocalInfrastructure startPersistent(Path dataDirectory, int postgresPort, int kafkaPort) {
        return start(dataDirectory.resolve("postgres"), postgresPort, dataDirectory.resolve("kafka"), kafkaPort);
    }

    private static LocalInfrastructure start(Path postgresData, int postgresPort, Path kafkaData, int kafkaPort) {
        // An explicit pool: on two cores the common pool has a parallelism of one and would start them in turn.
        ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "local-infra-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<PostgresServer> postgres =
                    CompletableFuture.supplyAsync(() -> PostgresServer.start(postgresData, postgresPort), pool);
            CompletableFuture<KafkaBroker> kafka =
                    CompletableFuture.supplyAsync(() -> KafkaBroker.start(kafkaData, kafkaPort), pool);
            try {
                CompletableFuture.allOf(postgres, kafka).join();
            } catch (CompletionException e) {
                postgres.thenAccept(PostgresServer::close);
                kafka.thenAccept(KafkaBroker::close);
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            LocalInfrastructure infrastructure = new LocalInfrastructure(postgres.join(), kafka.join());
            SERVICE_DATABASES.forEach(infrastructure.postgres::ensureDatabase);
            infrastructure.kafka.ensureTopics(EVENT_TOPICS, TOPIC_PARTITIONS);
            Map<String, Map<String, String>> deadLetterTopics = new LinkedHashMap<>();
            DEAD_LETTER_TOPICS.forEach(topic -> deadLetterTopics.put(topic, Map.of()));
            infrastructure.kafka.ensureTopics(deadLetterTopics, DEAD_LETTER_TOPIC_PARTITIONS);
            return infrastructure;
        } finally {
            pool.shutdown();
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
