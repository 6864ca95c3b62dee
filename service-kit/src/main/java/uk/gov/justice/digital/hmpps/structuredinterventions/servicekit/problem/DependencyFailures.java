package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Recognises a failure that means a dependency (PostgreSQL or Kafka) did not answer in time or at all, however deep
 * Hibernate, JPA, JTA or Quarkus wrapped it: a client should try again later, so it is answered as 503, not 500.
 */
public final class DependencyFailures {

    /** What a client is told to wait before it tries again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATEs that mean "not now": 57014 query_canceled (statement_timeout), 55P03 lock_not_available
     * (lock_timeout), 57P01-57P03 the server shutting down or not yet accepting connections, 53300 too many
     * connections, 40P01 a deadlock broken by PostgreSQL. The whole class 08 (connection exceptions) is added below.
     */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("57014", "55P03", "57P01", "57P02", "57P03", "53300", "40P01");

    /** How PgJDBC's connect says the thread opening a connection was interrupted (its ConnectThread). */
    private static final String INTERRUPTED_CONNECTING = "Interrupted while attempting to connect";

    private DependencyFailures() {
    }

    /** Which dependency the failure says is unavailable, and how: empty when it is some other failure. */
    public static Optional<String> unavailable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            Optional<String> reason = reason(cause);
            if (reason.isPresent()) {
                return reason;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                Optional<String> suppressedReason = reason(suppressed);
                if (suppressedReason.isPresent()) {
                    return suppressedReason;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> reason(Throwable cause) {
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || RETRYABLE_SQL_STATES.contains(state))) {
                return Optional.of("the database: SQLSTATE " + state);
            }
            if (sql instanceof SQLTimeoutException || sql instanceof SQLTransientConnectionException
                    || sql instanceof SQLRecoverableException) {
                return Optional.of("the database: " + sql.getClass().getSimpleName());
            }
            String message = sql.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                // Agroal's "Sorry, acquisition timeout!": no pooled connection came free in time.
                return Optional.of("the database: no connection within the acquisition timeout");
            }
            return Optional.empty();
        }
        String message = cause.getMessage();
        if (message != null && message.startsWith(INTERRUPTED_CONNECTING)) {
            // PgJDBC's answer when Agroal gives up a connection it is opening (its acquisition timeout passed while
            // the server did not answer) and interrupts the attempt; the driver wraps it in SQLSTATE 99999, "Something
            // unusual has occurred", which would otherwise be taken for a bug.
            return Optional.of("the database: a new connection was given up before the server answered");
        }
        String type = cause.getClass().getName();
        if (type.equals("org.hibernate.exception.JDBCConnectionException")
                || type.equals("org.hibernate.QueryTimeoutException")
                || type.equals("org.hibernate.exception.LockAcquisitionException")
                || type.equals("org.hibernate.PessimisticLockException")
                || type.equals("jakarta.persistence.QueryTimeoutException")
                || type.equals("jakarta.persistence.LockTimeoutException")
                || type.equals("jakarta.persistence.PessimisticLockException")) {
            return Optional.of("the database: " + cause.getClass().getSimpleName());
        }
        if (cause instanceof RetriableException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return Optional.of("Kafka: " + cause.getClass().getSimpleName());
        }
        if (cause instanceof SocketTimeoutException || cause instanceof ConnectException) {
            return Optional.of("a dependency: " + cause.getClass().getSimpleName());
        }
        return Optional.empty();
    }
}
