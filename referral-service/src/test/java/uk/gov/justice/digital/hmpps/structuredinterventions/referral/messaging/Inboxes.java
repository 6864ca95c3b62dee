package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;

/** Whether the service's inbox holds an event: it was handled (its effect committed with it). */
final class Inboxes {

    private Inboxes() {
    }

    static boolean handled(String eventId) {
        try (Connection connection = DriverManager.getConnection(
                InfrastructureTestResource.infrastructure().postgres().jdbcUrl(InfrastructureTestResource.DATABASE),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM inbox_event WHERE event_id = ?")) {
            statement.setString(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
