package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/**
 * The outbox's backlog as two gauges: how many events wait to be published, and how long the oldest has waited. Both
 * come from one query on the unpublished rows' partial index, run when a scrape reads them and kept for
 * {@code structured-interventions.outbox.backlog-refresh} (5 s unless set), so however often the metrics are scraped
 * the database sees at most one such query per replica per refresh. Every replica reports the same table: take the
 * maximum across replicas, not the sum.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final String QUERY = "SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL";

    /** What the query found, and when (System.nanoTime). */
    record Snapshot(double pending, double oldestAgeSeconds, long takenAt) {
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration refresh;
    private Snapshot snapshot;

    OutboxBacklog(AgroalDataSource dataSource, Clock clock, ServiceKitConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.refresh = config.outbox().backlogRefresh();
    }

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        Gauge.builder("structured_interventions.outbox.pending", this, backlog -> backlog.snapshot().pending())
                .description("Outbox events waiting to be published")
                .register(registry);
        Gauge.builder("structured_interventions.outbox.oldest.pending.age", this,
                        backlog -> backlog.snapshot().oldestAgeSeconds())
                .description("How long the oldest outbox event waiting to be published has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The latest snapshot, taken again when it is older than the refresh interval. NaN values when the query failed. */
    synchronized Snapshot snapshot() {
        long now = System.nanoTime();
        if (snapshot == null || now - snapshot.takenAt() >= refresh.toNanos()) {
            snapshot = take(now);
        }
        return snapshot;
    }

    private Snapshot take(long now) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            long pending = row.getLong(1);
            OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
            double age = oldest == null ? 0
                    : Math.max(0, Duration.between(oldest, OffsetDateTime.now(clock)).toNanos() / 1e9);
            return new Snapshot(pending, age, now);
        } catch (SQLException e) {
            LOG.debugf("Could not read the outbox backlog: %s", e.getMessage());
            return new Snapshot(Double.NaN, Double.NaN, now);
        }
    }
}
