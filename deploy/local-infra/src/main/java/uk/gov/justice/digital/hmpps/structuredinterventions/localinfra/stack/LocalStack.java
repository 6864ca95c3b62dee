package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.Topics;

/**
 * The local stack: a persistent PostgreSQL and Kafka (data under {@code .local-stack/}, kept between runs), every
 * topic and dead-letter topic of {@link Topics} created at start, and the four services as separate processes, each
 * JVM tuned as its container image tunes it. A service that dies is started again after a back-off
 * ({@link RestartBackoff}: 1 s, 2 s, 4 s … at most 30 s, from 1 s again once it has stayed up a minute), saying so on
 * the console. Ctrl-C (or SIGTERM) stops the services, then Kafka, then PostgreSQL. Run it with {@code deploy/run-local}.
 */
public final class LocalStack implements AutoCloseable {

    static final int POSTGRES_PORT = Integer.getInteger("local-stack.postgres-port", 15432);
    static final int KAFKA_PORT = Integer.getInteger("local-stack.kafka-port", 19092);
    private static final Duration TICK = Duration.ofMillis(250);
    /** The in-process broker's and PostgreSQL's own loggers: warnings only, and nothing while the stack stops. */
    private static final List<String> INFRASTRUCTURE_LOGGERS = List.of("kafka", "org.apache.kafka", "org.apache.zookeeper",
            "state.change.logger", "io.zonky");
    private static final List<Logger> QUIETENED = new ArrayList<>();

    /** One supervised service: the process running now and what the supervisor knows of it. */
    private static final class Supervised {
        private volatile ServiceProcess process;
        private long startedAt = System.nanoTime();
        private int deathsInARow;
        private long restartAt = -1;
        private boolean awaitingReady;

        Supervised(ServiceProcess process) {
            this.process = process;
        }
    }

    private final Path repository;
    private final Path data;
    private final int postgresPort;
    private final int kafkaPort;
    private final List<ServiceProcess.Service> services;
    private final ServiceProcess.Jvm jvm;
    private final PrintStream console;
    private final List<Supervised> running = new ArrayList<>();
    private volatile boolean stopping;
    private LocalInfrastructure infrastructure;
    private Thread supervisor;

    /** A stack of the given services, not started yet: call {@link #start()}. */
    public LocalStack(Path repository, Path data, int postgresPort, int kafkaPort, List<ServiceProcess.Service> services,
            ServiceProcess.Jvm jvm, PrintStream console) {
        this.repository = repository;
        this.data = data;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.services = List.copyOf(services);
        this.jvm = jvm;
        this.console = console;
    }

    public static void main(String[] args) throws InterruptedException {
        quietInfrastructureLogs(Level.WARNING);
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(repository, repository.resolve(".local-stack"), POSTGRES_PORT, KAFKA_PORT,
                ServiceProcess.ALL, ServiceProcess.Jvm.AS_DEPLOYED, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        long started = System.nanoTime();
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("%nAll four services are UP after %d s.%n%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        for (ServiceProcess service : stack.services()) {
            System.out.printf("  %-20s %s/q/swagger-ui   (logs: %s)%n", service.service().name(), service.baseUrl(),
                    repository.relativize(service.log()));
        }
        System.out.println("""

                A token for the Authorize button (roles: CATALOGUE_ADMIN, PRACTITIONER, TREATMENT_MANAGER, READ_ONLY, DELIUS_SYNC,
                REGIONAL_PROBATION_DIRECTOR, PROGRAMME_MANAGER, FACILITATOR, PEER_MENTOR, INTERVENTIONS_TEAM):
                  deploy/token --user A_PRACTITIONER --roles PRACTITIONER,READ_ONLY

                A service that dies is started again. Press Ctrl-C to stop everything.""");
        stack.supervise();
        Thread.currentThread().join();
    }

    /**
     * Starts PostgreSQL and Kafka (creating every database, topic and dead-letter topic), then the services, and waits
     * until each answers {@code /q/health/ready}. A service that dies before it is ready fails the start.
     */
    public void start() {
        console.println("Starting PostgreSQL on " + postgresPort + " and Kafka on " + kafkaPort + " (data in " + data + ")");
        LocalInfrastructure started = LocalInfrastructure.startPersistent(data, postgresPort, kafkaPort);
        synchronized (this) {
            infrastructure = started;
            if (stopping) {
                return;
            }
        }
        console.println("Created " + Topics.ALL.size() + " topics: " + String.join(", ", Topics.names()));
        for (ServiceProcess.Service service : services) {
            console.println("Starting " + service.name() + " on " + service.port());
            ServiceProcess process = ServiceProcess.start(repository, service, service.port(), started, data.resolve("logs"),
                    Map.of(), jvm);
            synchronized (this) {
                running.add(new Supervised(process));
                if (stopping) {
                    return;
                }
            }
        }
        for (ServiceProcess service : services()) {
            service.awaitReady(Duration.ofMinutes(3));
            console.println("  " + service.service().name() + " is UP");
        }
    }

    /** Watches the services from now on, on a thread of its own, and starts again any that dies. */
    public synchronized void supervise() {
        if (supervisor != null || stopping) {
            return;
        }
        synchronized (this) {
            long now = System.nanoTime();
            running.forEach(service -> service.startedAt = now);
        }
        supervisor = new Thread(this::watch, "local-stack-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void watch() {
        while (!stopping) {
            List<Supervised> services;
            synchronized (this) {
                services = List.copyOf(running);
            }
            for (Supervised service : services) {
                if (stopping) {
                    return;
                }
                check(service);
            }
            try {
                Thread.sleep(TICK.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One look at one service: note its death, start it again when its back-off is over, or see it ready again. */
    private void check(Supervised service) {
        ServiceProcess process = service.process;
        String name = process.service().name();
        long now = System.nanoTime();
        if (service.restartAt >= 0) {
            if (now >= service.restartAt) {
                synchronized (this) {
                    if (stopping) {
                        return;
                    }
                    service.process = process.restart();
                }
                service.startedAt = now;
                service.restartAt = -1;
                service.awaitingReady = true;
                console.println(name + " is starting again (log: " + process.log() + ")");
            }
        } else if (!process.isAlive()) {
            Duration run = Duration.ofNanos(now - service.startedAt);
            service.deathsInARow = RestartBackoff.stayedUp(run) ? 1 : service.deathsInARow + 1;
            Duration delay = RestartBackoff.delay(service.deathsInARow);
            service.restartAt = now + delay.toNanos();
            service.awaitingReady = false;
            console.printf("%s exited with code %d after %d s; restarting it in %d s (see %s)%n", name,
                    process.exitValue(), run.toSeconds(), delay.toSeconds(), process.log());
        } else if (service.awaitingReady && process.ready()) {
            service.awaitingReady = false;
            console.println(name + " is UP again");
        }
    }

    /** The services' processes running now (a restarted service's new process). */
    public synchronized List<ServiceProcess> services() {
        return running.stream().map(service -> service.process).toList();
    }

    /** The process of the named service running now. */
    public ServiceProcess service(String name) {
        return services().stream().filter(service -> service.service().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in this stack"));
    }

    public synchronized LocalInfrastructure infrastructure() {
        return infrastructure;
    }

    /**
     * Stops the stack: no more restarts; the services stopped gracefully (SIGTERM, SIGKILL after 20 s), all at once;
     * then Kafka, then PostgreSQL. Quiet: one line for each step, no stack traces.
     */
    @Override
    public void close() {
        List<ServiceProcess> services;
        LocalInfrastructure stoppingInfrastructure;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            services = running.stream().map(service -> service.process).toList();
            stoppingInfrastructure = infrastructure;
        }
        console.println("\nStopping the local stack…");
        Thread watching = supervisor;
        if (watching != null) {
            watching.interrupt();
            try {
                watching.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        services.parallelStream().forEach(service -> {
            try {
                service.close();
                console.println("  " + service.service().name() + " stopped");
            } catch (RuntimeException e) {
                console.println("  " + service.service().name() + " did not stop cleanly: " + e.getMessage());
            }
        });
        if (stoppingInfrastructure != null) {
            // The services are gone; what the broker says about their connections closing is noise.
            quietInfrastructureLogs(Level.OFF);
            try {
                stoppingInfrastructure.close();
                console.println("  Kafka and PostgreSQL stopped");
            } catch (RuntimeException e) {
                console.println("  Stopping PostgreSQL or Kafka: " + e.getMessage());
            }
        }
        console.println("Stopped.");
    }

    /** Sets the in-process broker's and PostgreSQL's loggers (kept referenced, so the level holds). */
    private static synchronized void quietInfrastructureLogs(Level level) {
        if (QUIETENED.isEmpty()) {
            INFRASTRUCTURE_LOGGERS.forEach(name -> QUIETENED.add(Logger.getLogger(name)));
        }
        QUIETENED.forEach(logger -> logger.setLevel(level));
    }
}
