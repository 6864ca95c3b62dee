package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;

/** Reads the referral service's copy of the catalogue straight from its database, as a test observer. */
final class CatalogueCopy {

    private CatalogueCopy() {
    }

    static Long version(UUID interventionId) {
        try (Connection connection = DriverManager.getConnection(
                InfrastructureTestResource.infrastructure().postgres().jdbcUrl(InfrastructureTestResource.DATABASE),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT catalogue_version FROM catalogue_intervention WHERE id = ?")) {
            statement.setObject(1, interventionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
