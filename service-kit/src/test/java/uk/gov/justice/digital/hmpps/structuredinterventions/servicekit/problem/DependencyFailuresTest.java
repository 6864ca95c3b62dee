package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DependencyFailuresTest {

    @Nested
    class A_database_that_does_not_answer {

        @Test
        void is_recognised_through_hibernate_and_jpa_wrappers() {
            SQLException socket = new SQLException("An I/O error occurred while sending to the backend.", "08006");
            PersistenceException wrapped = new PersistenceException("could not execute statement",
                    new org.hibernate.exception.JDBCConnectionException("could not execute statement", socket));
            assertThat(DependencyFailures.unavailable(new IllegalStateException(wrapped))).isPresent();
        }

        @Test
        void is_recognised_by_a_statement_or_lock_timeout() {
            assertThat(DependencyFailures.unavailable(new SQLException("canceling statement", "57014"))).isPresent();
            assertThat(DependencyFailures.unavailable(new SQLException("could not obtain lock", "55P03"))).isPresent();
        }

        @Test
        void is_recognised_by_agroals_acquisition_timeout() {
            assertThat(DependencyFailures.unavailable(
                    new PersistenceException(new SQLException("Sorry, acquisition timeout!")))).isPresent();
        }
    }

    @Nested
    class A_new_connection_given_up_at_the_acquisition_timeout {

        /** As PgJDBC throws it when Agroal interrupts the connect of a pool that is growing towards a frozen server. */
        @Test
        void is_recognised_through_the_drivers_unexpected_error_and_hibernate() {
            SQLException unusual = new SQLException("Something unusual has occurred to cause the driver to fail."
                    + " Please report this exception.", "99999",
                    new RuntimeException("Interrupted while attempting to connect."));
            assertThat(DependencyFailures.unavailable(new org.hibernate.exception.GenericJDBCException(
                    "Unable to acquire JDBC Connection", unusual))).isPresent();
        }

        @Test
        void is_told_apart_from_the_drivers_other_unexpected_errors() {
            assertThat(DependencyFailures.unavailable(new SQLException("Something unusual has occurred to cause the"
                    + " driver to fail. Please report this exception.", "99999", new NullPointerException()))).isEmpty();
        }
    }

    @Nested
    class Other_failures {

        @Test
        void are_not_taken_for_an_unavailable_dependency() {
            assertThat(DependencyFailures.unavailable(new SQLException("duplicate key", "23505"))).isEmpty();
            assertThat(DependencyFailures.unavailable(new IllegalStateException("a bug"))).isEmpty();
        }
    }
}
