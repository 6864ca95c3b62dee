package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;

/**
 * Reads the database of the service under test directly, as an observer outside the service: for what its API does
 * not show, such as its inbox or its read models.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The first column of the first row {@code sql} returns, as text, or {@code null} when there is no row. */
    public static String queryForText(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(
                InfrastructureTestResource.infrastructure().postgres().jdbcUrl(InfrastructureTestResource.DATABASE),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /** Whether the service's inbox holds the event: it was handled, its effect committed with it. */
    public static boolean handled(String eventId) {
        return !"0".equals(queryForText("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId));
    }

    /** Waits until the service has handled each of the events, in turn; fails naming the first it did not. */
    public static void awaitHandled(String... eventIds) {
        for (String eventId : eventIds) {
            Eventually.until("event " + eventId + " is in the inbox of the service under test", () -> handled(eventId));
        }
    }
}
