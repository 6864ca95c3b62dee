package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;

/**
 * Where the running local stack is (deploy/run-local: the services on 8081-8084, PostgreSQL on 15432) and the bearer
 * tokens the benchmark sends, signed with the local key. Each value may be overridden with a system property.
 */
public final class Stack {

    public static final String CATALOGUE = url("catalogue", 8081);
    public static final String REFERRAL = url("referral", 8082);
    public static final String READINESS = url("readiness", 8083);
    public static final String CONTACT_LOG = url("contact-log", 8084);
    public static final int POSTGRES_PORT = Integer.getInteger("benchmark.postgres-port", 15432);

    /** Seeded: a Structured Intervention for Domestic Abuse offered in London. */
    public static final String POSITIVE_PATHWAYS = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11";

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(4);
    public static final String PRACTITIONER = LocalTokens.token("BENCH_PRACTITIONER",
            List.of("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"), TOKEN_LIFETIME);
    public static final String DELIUS = LocalTokens.token("BENCH_DELIUS_ADAPTER",
            List.of("ROLE_STRUCTURED_INTERVENTIONS__DELIUS_SYNC"), TOKEN_LIFETIME);

    private Stack() {
    }

    private static String url(String service, int port) {
        return System.getProperty("benchmark." + service + "-url", "http://localhost:" + port);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/" + database;
    }

    /** A connection to one service's database: referral, readiness, contact_log or catalogue. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
