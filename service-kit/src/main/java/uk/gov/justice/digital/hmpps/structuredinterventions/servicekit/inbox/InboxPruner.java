package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/**
 * Deletes the inbox's records of handled events once they are older than {@code structured-interventions.inbox.retention}
 * (35 days unless set): by then no topic (14 days) or dead-letter topic (28 days) can deliver the event again, and the
 * compacted catalogue topic's consumers guard by version. Deletes in batches, so no run holds a long transaction.
 */
@ApplicationScoped
public class InboxPruner {

    private static final Logger LOG = Logger.getLogger(InboxPruner.class);
    private static final int BATCH = 5_000;

    private final EntityManager entityManager;
    private final Clock clock;
    private final ServiceKitConfig config;

    InboxPruner(EntityManager entityManager, Clock clock, ServiceKitConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(identity = "inbox-pruner", every = "${structured-interventions.inbox.prune-interval}",
            delayed = "${structured-interventions.outbox.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnSchedule() {
        int pruned = pruneHandled();
        LOG.debugf("Pruned %d handled inbox events", pruned);
    }

    /** Deletes handled-event records older than the retention, returning how many. */
    public int pruneHandled() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.inbox().retention());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    DELETE FROM inbox_event WHERE ctid IN
                        (SELECT ctid FROM inbox_event WHERE received_at < :cutoff LIMIT :batch)""")
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
