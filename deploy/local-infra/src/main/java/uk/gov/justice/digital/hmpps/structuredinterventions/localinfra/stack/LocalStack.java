package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;

/**
 * The local stack: a persistent PostgreSQL and Kafka (data under {@code .local-stack/}, kept between runs) and the
 * four services as separate processes, each JVM tuned as its container image tunes it. Ctrl-C stops everything it started. Run it with {@code deploy/run-local}.
 */
public final class LocalStack {

    static final int POSTGRES_PORT = Integer.getInteger("local-stack.postgres-port", 15432);
    static final int KAFKA_PORT = Integer.getInteger("local-stack.kafka-port", 19092);

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path data = repository.resolve(".local-stack");
        List<ServiceProcess> running = new ArrayList<>();
        LocalInfrastructure[] infrastructure = new LocalInfrastructure[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, infrastructure[0]), "local-stack-stop"));

        long started = System.nanoTime();
        System.out.println("Starting PostgreSQL on " + POSTGRES_PORT + " and Kafka on " + KAFKA_PORT + " (data in " + data + ")");
        infrastructure[0] = LocalInfrastructure.startPersistent(data, POSTGRES_PORT, KAFKA_PORT);
        for (ServiceProcess.Service service : ServiceProcess.ALL) {
            System.out.println("Starting " + service.name() + " on " + service.port());
            synchronized (running) {
                running.add(ServiceProcess.start(repository, service, service.port(), infrastructure[0],
                        data.resolve("logs"), Map.of(), ServiceProcess.Jvm.AS_DEPLOYED));
            }
        }
        for (ServiceProcess service : running) {
            service.awaitReady(Duration.ofMinutes(3));
            System.out.println("  " + service.service().name() + " is UP");
        }
        System.out.printf("%nAll four services are UP after %d s.%n%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        for (ServiceProcess service : running) {
            System.out.printf("  %-20s %s/q/swagger-ui   (logs: %s)%n", service.service().name(), service.baseUrl(),
                    repository.relativize(service.log()));
        }
        System.out.println("""

                A token for the Authorize button (roles: CATALOGUE_ADMIN, PRACTITIONER, TREATMENT_MANAGER, READ_ONLY, DELIUS_SYNC,
                REGIONAL_PROBATION_DIRECTOR, PROGRAMME_MANAGER, FACILITATOR, PEER_MENTOR, INTERVENTIONS_TEAM):
                  deploy/token --user A_PRACTITIONER --roles PRACTITIONER,READ_ONLY

                Press Ctrl-C to stop everything.""");
        while (true) {
            Thread.sleep(5_000);
            for (ServiceProcess service : running) {
                if (!service.isAlive()) {
                    System.err.println(service.service().name() + " has stopped; see " + service.log() + ". Stopping the stack.");
                    System.exit(1);
                }
            }
        }
    }

    private static void stop(List<ServiceProcess> running, LocalInfrastructure infrastructure) {
        System.out.println("\nStopping the local stack…");
        synchronized (running) {
            running.parallelStream().forEach(ServiceProcess::close);
        }
        if (infrastructure != null) {
            try {
                infrastructure.close();
            } catch (RuntimeException e) {
                System.err.println("Stopping PostgreSQL or Kafka: " + e.getMessage());
            }
        }
        System.out.println("Stopped.");
    }
}
