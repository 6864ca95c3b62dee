package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * PostgreSQL and Kafka together, started in parallel, with a database per service and every topic of {@link Topics}
 * (dead-letter topics included) created. Tests use a throw-away pair; the local stack uses a persistent
 * pair whose data survives restarts.
 */
public final class LocalInfrastructure implements AutoCloseable {

    /** One database per service. */
    public static final List<String> SERVICE_DATABASES = List.of("catalogue", "referral", "readiness", "contact_log");

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
            infrastructure.kafka.ensureTopics(Topics.ALL);
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
