package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The kit's settings, under {@code structured-interventions.*}. Defaults in the kit's microprofile-config.properties. */
@ConfigMapping(prefix = "structured-interventions")
public interface ServiceKitConfig {

    Events events();

    Outbox outbox();

    Inbox inbox();

    Security security();

    Http http();

    Database database();

    Health health();

    Kafka kafka();

    /** How this replica's Kafka consumers take part in their groups (servicekit/kafka/ConsumerMembership). */
    interface Kafka {
        /**
         * This replica's stable name (the pod's name, from POD_NAME): each consumer joins its group as a static member
         * named by it, so a restarted replica takes its partitions straight back. None: dynamic membership.
         */
        java.util.Optional<String> instanceId();

        /** How long a consumer that stopped heartbeating keeps its partitions before the group hands them on. */
        @WithDefault("PT10S")
        Duration sessionTimeout();

        /** How often a consumer heartbeats: a third of the session timeout at most. */
        @WithDefault("PT3S")
        Duration heartbeatInterval();
    }

    /**
     * How long a request waits on PostgreSQL before it fails fast with a 503. The kit's defaults feed the datasource
     * ({@code quarkus.datasource.jdbc.*}); change them here, or with STRUCTURED_INTERVENTIONS_DATABASE_* variables.
     */
    interface Database {
        /** The longest a request waits for a pooled connection (Agroal's acquisition timeout). */
        @WithDefault("3s")
        Duration acquisitionTimeout();

        /** PostgreSQL's {@code statement_timeout}, in PostgreSQL's own notation ({@code 4s}, {@code 500ms}). */
        @WithDefault("4s")
        String statementTimeout();

        /** PostgreSQL's {@code lock_timeout}: the longest a statement waits for a row or table lock. */
        @WithDefault("2s")
        String lockTimeout();

        /**
         * The JDBC driver's socket timeout, in whole seconds: the bound when PostgreSQL stops answering altogether
         * (a frozen or partitioned server runs no statement timeout). Longer than the statement timeout.
         */
        @WithDefault("5")
        int socketTimeoutSeconds();
    }

    interface Health {
        /** How long the readiness check waits for PostgreSQL and Kafka before it reports them DOWN. */
        @WithDefault("PT1S")
        Duration timeout();
    }

    interface Security {
        /** How many verified bearer tokens each replica remembers until they expire, so each is verified once. */
        @WithDefault("1000")
        int verifiedTokens();

        /**
         * The oldest a bearer token may be: since its {@code iat}, and (HMPPS Auth's tokens carry no {@code iat})
         * until its {@code exp}. HMPPS Auth's tokens last 20 minutes; an hour leaves room for a client's clock and
         * refreshing late, and refuses a long-lived token however it was signed.
         */
        @WithDefault("PT1H")
        Duration maxTokenAge();

        /** How far the issuer's clock may be ahead of ours: a token issued further in the future is refused. */
        @WithDefault("PT60S")
        Duration clockSkew();
    }

    interface Http {
        /**
         * The longest request target (path and query) answered; a longer one is a 414 problem. Vert.x's own limit on
         * the request line ({@code quarkus.http.limits.max-initial-line-length}) is set well above it, so that the
         * kit, not the HTTP codec, answers.
         */
        @WithDefault("8192")
        int maxUriLength();

        /**
         * The most header bytes (names and values) a request may carry; more is a 431 problem. Vert.x's own limit
         * ({@code quarkus.http.limits.max-header-size}) is set well above it.
         */
        @WithDefault("20480")
        int maxHeaderSize();
    }

    interface Events {
        /** The CloudEvents {@code source} of every event this service publishes. */
        String source();
    }

    interface Outbox {
        /** Whether this replica relays outbox rows to Kafka. */
        @WithDefault("true")
        boolean relayEnabled();

        /**
         * How often the relay looks for unpublished rows when nothing wakes it: for rows another replica wrote, and to
         * try a failed batch again. A commit in this replica wakes it at once.
         */
        Duration pollInterval();

        /** How soon a relay that found another replica relaying looks again. */
        @WithDefault("PT0.01S")
        Duration lockRetry();

        /** How long after start-up the relay and pruners first run. */
        Duration initialDelay();

        /** How often published rows older than the retention are deleted. */
        String pruneInterval();

        /** Rows sent per relay transaction. */
        @WithDefault("100")
        int batchSize();

        /**
         * How long the relay waits for Kafka to acknowledge a batch before it gives up and retries it; also the relay
         * producer's request, delivery and max-block timeouts, so a broker that does not answer fails a batch in this
         * long.
         */
        @WithDefault("PT5S")
        Duration sendTimeout();

        /**
         * How long the relay waits before it tries again after a failed batch; the wait doubles with each failure in a
         * row, up to {@link #retryBackoffMax()}, and a batch that goes resets it. Commits do not cut the wait short.
         */
        @WithDefault("PT1S")
        Duration retryBackoff();

        /** The longest wait between attempts after failed batches. */
        @WithDefault("PT30S")
        Duration retryBackoffMax();

        /** How long published rows are kept before they are pruned. */
        @WithDefault("P7D")
        Duration retention();

        /**
         * How long the outbox backlog gauges (pending events, age of the oldest) keep one reading of the database
         * before a scrape reads it again.
         */
        @WithDefault("PT5S")
        Duration backlogRefresh();
    }

    interface Inbox {
        /** How many times a consumer tries an event before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** The wait before the second attempt; it doubles for each attempt after. */
        @WithDefault("PT0.2S")
        Duration backoff();

        /** How often handled-event records older than the retention are deleted. */
        String pruneInterval();

        /**
         * How long a handled event's id is kept. A redelivery older than this would be handled again, so it must be
         * longer than any topic's or dead-letter topic's retention.
         */
        @WithDefault("P35D")
        Duration retention();
    }
}
