package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.health;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/**
 * Readiness: PostgreSQL and Kafka answer. Both are asked side by side and the answer comes within
 * {@code structured-interventions.health.timeout} whatever they do: a dependency that does not answer in time is
 * DOWN with that reason, so a probe with a timeout sees DOWN rather than no answer. At most one question per
 * dependency is outstanding: while one has not come back, the next check waits on it instead of asking again, so a
 * frozen dependency never piles up threads. Liveness checks no dependency: a pod whose database is down is not ill.
 *
 * <p>The gauge {@code structured_interventions_dependency_up{dependency="database|kafka"}} reports the last answer
 * of each (1 UP, 0 DOWN; NaN before the first check). A scrape reads that answer and never asks the dependency itself,
 * so it cannot block on one; the readiness probe keeps the answer fresh.
 */
@Readiness
@ApplicationScoped
public class DependencyReadiness implements HealthCheck {

    static final String NAME = "Dependencies";
    static final List<String> DEPENDENCIES = List.of("database", "kafka");
    private static final Logger LOG = Logger.getLogger(DependencyReadiness.class);

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final Duration timeout;
    private final ExecutorService probes = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "dependency-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Future<String>> outstanding = new ConcurrentHashMap<>();
    private final Map<String, String> lastReported = new ConcurrentHashMap<>();
    private Admin admin;

    @Inject
    DependencyReadiness(AgroalDataSource dataSource, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            ServiceKitConfig config) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.timeout = config.health().timeout();
    }

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        registerGauges(registry);
    }

    /** One gauge per dependency: its last readiness answer, 1 for UP and 0 for DOWN, NaN until the first check. */
    void registerGauges(MeterRegistry registry) {
        for (String dependency : DEPENDENCIES) {
            Gauge.builder("structured_interventions.dependency.up", this, readiness -> readiness.lastUp(dependency))
                    .description("The dependency's last readiness answer: 1 UP, 0 DOWN (NaN before the first check)")
                    .tag("dependency", dependency)
                    .strongReference(true)
                    .register(registry);
        }
    }

    private double lastUp(String dependency) {
        String answer = lastReported.get(dependency);
        return answer == null ? Double.NaN : "UP".equals(answer) ? 1 : 0;
    }

    @Override
    public HealthCheckResponse call() {
        long deadline = System.nanoTime() + timeout.toNanos();
        Future<String> database = ask("database", this::database);
        Future<String> kafka = ask("kafka", this::kafka);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("database", answer("database", database, deadline));
        answers.put("kafka", answer("kafka", kafka, deadline));
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        answers.forEach((dependency, answer) -> {
            response.withData(dependency, answer);
            if (!"UP".equals(answer)) {
                response.down();
            }
            if (!answer.equals(lastReported.put(dependency, answer))) {
                if ("UP".equals(answer)) {
                    LOG.infof("Readiness: %s is UP again", dependency);
                } else {
                    LOG.warnf("Readiness: %s is %s", dependency, answer);
                }
            }
        });
        return response.build();
    }

    private Future<String> ask(String dependency, Callable<String> question) {
        return outstanding.compute(dependency, (name, running) ->
                running != null && !running.isDone() ? running : probes.submit(question));
    }

    private String answer(String dependency, Future<String> question, long deadline) {
        try {
            return question.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return "DOWN: did not answer within " + timeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return "DOWN: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN: the check was interrupted";
        }
    }

    private String database() throws Exception {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds) ? "UP" : "DOWN: the connection did not validate";
        }
    }

    private String kafka() throws Exception {
        int millis = (int) Math.max(100, timeout.toMillis());
        admin().describeCluster(new DescribeClusterOptions().timeoutMs(millis)).nodes().get(millis, TimeUnit.MILLISECONDS);
        return "UP";
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new LinkedHashMap<>();
            kafkaConfig.forEach((name, value) -> {
                if (AdminClientConfig.configNames().contains(name) || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                    settings.put(name, value);
                }
            });
            int millis = (int) Math.max(100, timeout.toMillis());
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness-" + System.identityHashCode(this));
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
            settings.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, (long) millis);
            settings.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, (long) millis * 2);
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        probes.shutdownNow();
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
