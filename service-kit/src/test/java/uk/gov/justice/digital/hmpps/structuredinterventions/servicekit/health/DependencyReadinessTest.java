package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/**
 * A broker that accepts connections and never answers (as a frozen one does): readiness still answers within its
 * timeout, DOWN for Kafka with the reason, and asks again only once the outstanding question has come back.
 */
class DependencyReadinessTest {

    private ServerSocket frozenBroker;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private DependencyReadiness readiness;

    @BeforeEach
    void startAFrozenBroker() throws IOException {
        frozenBroker = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            try {
                while (!frozenBroker.isClosed()) {
                    accepted.add(frozenBroker.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "frozen-broker");
        acceptor.setDaemon(true);
        acceptor.start();
        readiness = new DependencyReadiness(answeringDatabase(),
                Map.of("bootstrap.servers", "localhost:" + frozenBroker.getLocalPort()), healthTimeout(Duration.ofSeconds(1)));
    }

    @AfterEach
    void stop() throws IOException {
        readiness.close();
        frozenBroker.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void a_frozen_broker_is_reported_down_with_the_reason_within_the_timeout() {
        for (int check = 0; check < 3; check++) {
            long start = System.nanoTime();
            HealthCheckResponse response = readiness.call();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isLessThan(Duration.ofMillis(1500));
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            Map<String, Object> data = response.getData().orElseThrow();
            assertThat(data).containsEntry("database", "UP");
            assertThat(String.valueOf(data.get("kafka"))).startsWith("DOWN");
        }
    }

    @Test
    void the_dependency_gauges_report_the_last_answer_without_asking_again() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        readiness.registerGauges(registry);
        assertThat(up(registry, "database")).as("no check has run yet").isNaN();

        readiness.call();
        int asked = accepted.size();
        for (int scrape = 0; scrape < 3; scrape++) {
            long start = System.nanoTime();
            assertThat(up(registry, "database")).isEqualTo(1.0);
            assertThat(up(registry, "kafka")).isEqualTo(0.0);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a scrape never waits on a dependency")
                    .isLessThan(Duration.ofMillis(100));
        }
        assertThat(accepted).as("a scrape opens no connection to the broker").hasSize(asked);
    }

    private static double up(SimpleMeterRegistry registry, String dependency) {
        return registry.get("structured_interventions.dependency.up").tag("dependency", dependency).gauge().value();
    }

    private static AgroalDataSource answeringDatabase() {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "isValid" -> true;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (AgroalDataSource) Proxy.newProxyInstance(AgroalDataSource.class.getClassLoader(),
                new Class<?>[] {AgroalDataSource.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getConnection" -> connection;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ServiceKitConfig healthTimeout(Duration timeout) {
        ServiceKitConfig.Health health = () -> timeout;
        return (ServiceKitConfig) Proxy.newProxyInstance(ServiceKitConfig.class.getClassLoader(),
                new Class<?>[] {ServiceKitConfig.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "health" -> health;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
