package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;

/**
 * Hands a real PostgreSQL and a real Kafka broker to a Quarkus test. Use it with
 * {@code @WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)}.
 *
 * <p>The infrastructure starts once per test JVM and lives until the JVM ends: a test profile change restarts
 * Quarkus, not PostgreSQL and Kafka.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    /** The database the service under test uses. */
    public static final String DATABASE = "service_under_test";

    private static LocalInfrastructure infrastructure;

    /** The running infrastructure, starting it on first use. */
    public static synchronized LocalInfrastructure infrastructure() {
        if (infrastructure == null) {
            LocalInfrastructure started = LocalInfrastructure.startTemporary();
            started.postgres().ensureDatabase(DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-infra-stop"));
            infrastructure = started;
        }
        return infrastructure;
    }

    @Override
    public Map<String, String> start() {
        LocalInfrastructure running = infrastructure();
        return Map.of(
                "quarkus.datasource.jdbc.url", running.postgres().jdbcUrl(DATABASE),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", running.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // Deliberately empty: the infrastructure outlives Quarkus restarts and stops with the JVM.
    }
}
