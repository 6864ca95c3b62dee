package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.postgresql.util.PGobject;

/**
 * "pgbench of its own statements": the SQL referral-service runs in the transaction of one submission
 * ({@code POST /referrals/{id}/submit}), as captured from PostgreSQL's statement log (see README.md), replayed over
 * plain JDBC by {@code benchmark.threads} threads (32) for {@code benchmark.duration} (30 s, after a 5 s warm-up), each
 * thread with its own connection and prepared statements, against the same PostgreSQL server. What referral-service
 * adds on top of its SQL shows as the gap between this tps and the submit scenario's req/s.
 *
 * <p>It runs in a database of its own, {@code benchmark_replay}, made afresh from referral-service's Flyway migrations
 * (the service kit's V1, then referral-service's) with the seeded Positive Pathways copied in and
 * {@code benchmark.replay-drafts} (100 000) draft referrals, and dropped afterwards: the outbox rows it writes are then
 * never relayed to Kafka by the running referral-service.
 */
public final class StatementReplay {

    static final String DATABASE = "benchmark_replay";

    static final String FIND_REFERRAL = "select r1_0.id,r1_0.created_at,r1_0.crn,r1_0.date_of_birth,r1_0.delivery_format,"
            + "r1_0.delivery_mode,r1_0.intervention_id,r1_0.intervention_name,r1_0.offence_cohorts,r1_0.readiness_barriers,"
            + "r1_0.reason_for_referral,r1_0.referred_by,r1_0.region,r1_0.risk_of_recidivism,r1_0.sex,r1_0.status,"
            + "r1_0.submitted_at,r1_0.unsuitable_for_accredited_programme,r1_0.unsuitable_reason,r1_0.updated_at,"
            + "r1_0.updated_by,r1_0.version from referral r1_0 where r1_0.id=?";
    static final String ENSURE_READINESS = "INSERT INTO person_readiness (crn, version) VALUES (?, 0) ON CONFLICT (crn) DO NOTHING";
    static final String LOCK_READINESS = "select pr1_0.crn,pr1_0.assessed_at,pr1_0.barriers,pr1_0.module_completed_at,"
            + "pr1_0.ready,pr1_0.version from person_readiness pr1_0 where pr1_0.crn=? for no key update of pr1_0";
    static final String FIND_INTERVENTION = "select ci1_0.id,ci1_0.catalogue_version,ci1_0.maximum_age,ci1_0.minimum_age,"
            + "ci1_0.name,ci1_0.need_area,ci1_0.offence_cohorts,ci1_0.offerings,ci1_0.sexes,ci1_0.status,ci1_0.type,"
            + "ci1_0.updated_at from catalogue_intervention ci1_0 where ci1_0.id=?";
    static final String COUNT_ACTIVE = "select count(*) from referral r1_0 where r1_0.crn=? and r1_0.intervention_id=? "
            + "and r1_0.id<>? and r1_0.status in (?,?,?,?,?,?,?,?)";
    static final String HISTORY = "select h1_0.referral_id,h1_0.id,h1_0.changed_at,h1_0.changed_by,h1_0.from_status,"
            + "h1_0.notes,h1_0.reason,h1_0.reason_code,h1_0.sequence,h1_0.to_status,h1_0.trigger from referral_status_change "
            + "h1_0 where h1_0.referral_id=? order by h1_0.sequence";
    static final String INSERT_CHANGE = "insert into referral_status_change (changed_at,changed_by,from_status,notes,reason,"
            + "reason_code,referral_id,sequence,to_status,trigger,id) values (?,?,?,?,?,?,?,?,?,?,?)";
    static final String UPDATE_REFERRAL = "update referral set created_at=?,crn=?,date_of_birth=?,delivery_format=?,"
            + "delivery_mode=?,intervention_id=?,intervention_name=?,offence_cohorts=?,readiness_barriers=?,"
            + "reason_for_referral=?,referred_by=?,region=?,risk_of_recidivism=?,sex=?,status=?,submitted_at=?,"
            + "unsuitable_for_accredited_programme=?,unsuitable_reason=?,updated_at=?,updated_by=?,version=? "
            + "where id=? and version=?";
    static final String INSERT_OUTBOX = "insert into outbox_event (event_key,occurred_at,payload,published_at,source,subject,"
            + "topic,traceparent,tracestate,event_type,id) values (?,?,?,?,?,?,?,?,?,?,?)";
    /** A request's W3C trace context, as the outbox keeps it for a traced submission. */
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static final UUID INTERVENTION = UUID.fromString(Stack.POSITIVE_PATHWAYS);
    private static final String[] ACTIVE = {"AWAITING_READINESS", "SUITABLE_BUT_NOT_READY", "READY_TO_ALLOCATE", "ALLOCATED",
            "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS"};

    public static void main(String[] args) throws Exception {
        int threads = Settings.intSetting("threads", 32);
        int drafts = Settings.intSetting("replay-drafts", 100_000);
        Duration warmUp = Settings.durationSetting("replay-warm-up", "5s");
        Duration measured = Settings.durationSetting("duration", "30s");
        Path repository = Path.of(System.getProperty("benchmark.repository", "../..")).toAbsolutePath().normalize();

        System.out.println("Making database " + DATABASE + " from referral-service's migrations...");
        create(repository, drafts);
        try {
            AtomicInteger nextDraft = new AtomicInteger();
            int[] versions = new int[drafts];
            AtomicLong transactions = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            long warmUpEnds = System.nanoTime() + warmUp.toNanos();
            long ends = warmUpEnds + measured.toNanos();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long[] mine = new long[300_000];
                latencies.add(mine);
                Thread worker = new Thread(() -> {
                    int n = 0;
                    try (Connection connection = Stack.connect(DATABASE)) {
                        connection.setAutoCommit(false);
                        Submission submission = new Submission(connection);
                        while (true) {
                            long started = System.nanoTime();
                            if (started >= ends) {
                                break;
                            }
                            int draft = Math.floorMod(nextDraft.getAndIncrement(), drafts);
                            try {
                                int version;
                                synchronized (versions) {
                                    version = versions[draft];
                                    versions[draft] = version + 1;
                                }
                                submission.run(draft, version);
                                connection.commit();
                                long finished = System.nanoTime();
                                if (started >= warmUpEnds && finished <= ends) {
                                    transactions.incrementAndGet();
                                    if (n < mine.length) {
                                        mine[n++] = finished - started;
                                    }
                                }
                            } catch (SQLException e) {
                                connection.rollback();
                                failures.incrementAndGet();
                            }
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    mine[mine.length - 1] = n;
                }, "replay-" + t);
                workers.add(worker);
            }
            System.out.printf("Replaying one submission's statements: %d threads, %d s warm-up + %d s...%n", threads,
                    warmUp.toSeconds(), measured.toSeconds());
            workers.forEach(Thread::start);
            for (Thread worker : workers) {
                worker.join();
            }
            List<Double> times = new ArrayList<>();
            for (long[] mine : latencies) {
                int n = (int) mine[mine.length - 1];
                for (int i = 0; i < n; i++) {
                    times.add(mine[i] / 1_000_000.0);
                }
            }
            double seconds = measured.toMillis() / 1000.0;
            String report = """
                    JDBC replay of one submission's SQL (referral-service's transaction: 9 statements + COMMIT)
                    %d threads, %d s measured after %d s warm-up, database %s on the stack's PostgreSQL
                      transactions: %d   tps: %.1f   failed: %d
                      %-44s %8s %8s %8s %8s
                    %s""".formatted(threads, measured.toSeconds(), warmUp.toSeconds(), DATABASE, transactions.get(),
                    transactions.get() / seconds, failures.get(), "", "n", "p50", "p99", "max",
                    EventHop.line("transaction time (ms)", times));
            Reports.publish("jdbc-replay", report);
        } finally {
            drop();
        }
    }

    /** One thread's prepared statements, run as referral-service runs them for a submission. */
    static final class Submission {
        private final PreparedStatement findReferral;
        private final PreparedStatement ensureReadiness;
        private final PreparedStatement lockReadiness;
        private final PreparedStatement findIntervention;
        private final PreparedStatement countActive;
        private final PreparedStatement history;
        private final PreparedStatement insertChange;
        private final PreparedStatement updateReferral;
        private final PreparedStatement insertOutbox;

        Submission(Connection connection) throws SQLException {
            findReferral = connection.prepareStatement(FIND_REFERRAL);
            ensureReadiness = connection.prepareStatement(ENSURE_READINESS);
            lockReadiness = connection.prepareStatement(LOCK_READINESS);
            findIntervention = connection.prepareStatement(FIND_INTERVENTION);
            countActive = connection.prepareStatement(COUNT_ACTIVE);
            history = connection.prepareStatement(HISTORY);
            insertChange = connection.prepareStatement(INSERT_CHANGE);
            updateReferral = connection.prepareStatement(UPDATE_REFERRAL);
            insertOutbox = connection.prepareStatement(INSERT_OUTBOX);
        }

        void run(int draft, int version) throws SQLException {
            UUID id = draftId(draft);
            String crn = draftCrn(draft);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            findReferral.setObject(1, id);
            drain(findReferral);
            ensureReadiness.setString(1, crn);
            ensureReadiness.executeUpdate();
            lockReadiness.setString(1, crn);
            drain(lockReadiness);
            findIntervention.setObject(1, INTERVENTION);
            drain(findIntervention);
            countActive.setString(1, crn);
            countActive.setObject(2, INTERVENTION);
            countActive.setObject(3, id);
            for (int i = 0; i < ACTIVE.length; i++) {
                countActive.setString(4 + i, ACTIVE[i]);
            }
            drain(countActive);
            history.setObject(1, id);
            drain(history);

            insertChange.setObject(1, now);
            insertChange.setString(2, "BENCH_PRACTITIONER");
            insertChange.setString(3, "DRAFT");
            insertChange.setNull(4, java.sql.Types.VARCHAR);
            insertChange.setNull(5, java.sql.Types.VARCHAR);
            insertChange.setNull(6, java.sql.Types.VARCHAR);
            insertChange.setObject(7, id);
            insertChange.setInt(8, version + 1);
            insertChange.setString(9, "AWAITING_READINESS");
            insertChange.setString(10, "SUBMISSION");
            insertChange.setObject(11, UUID.randomUUID());
            insertChange.executeUpdate();

            updateReferral.setObject(1, now);
            updateReferral.setString(2, crn);
            updateReferral.setObject(3, LocalDate.of(1985, 6, 1));
            updateReferral.setString(4, "GROUP");
            updateReferral.setString(5, "IN_PERSON");
            updateReferral.setObject(6, INTERVENTION);
            updateReferral.setString(7, "Positive Pathways");
            updateReferral.setObject(8, jsonb("[]"));
            updateReferral.setObject(9, jsonb("[]"));
            updateReferral.setString(10, "Sentence plan names ATB work");
            updateReferral.setString(11, "BENCH_PRACTITIONER");
            updateReferral.setString(12, "london");
            updateReferral.setString(13, "LOW");
            updateReferral.setString(14, "MALE");
            updateReferral.setString(15, "AWAITING_READINESS");
            updateReferral.setObject(16, now);
            updateReferral.setBoolean(17, false);
            updateReferral.setNull(18, java.sql.Types.VARCHAR);
            updateReferral.setObject(19, now);
            updateReferral.setString(20, "BENCH_PRACTITIONER");
            updateReferral.setLong(21, version + 1);
            updateReferral.setObject(22, id);
            updateReferral.setLong(23, version);
            if (updateReferral.executeUpdate() != 1) {
                throw new SQLException("the draft " + id + " was not at version " + version);
            }

            insertOutbox.setString(1, crn);
            insertOutbox.setObject(2, now);
            insertOutbox.setObject(3, jsonb(payload(id, crn, version + 1, now)));
            insertOutbox.setNull(4, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            insertOutbox.setString(5, "urn:hmpps:structured-interventions:referral-service");
            insertOutbox.setString(6, id.toString());
            insertOutbox.setString(7, "referral.events");
            insertOutbox.setString(8, TRACEPARENT);
            insertOutbox.setNull(9, java.sql.Types.VARCHAR);
            insertOutbox.setString(10, "structured-interventions.referral.submitted");
            insertOutbox.setObject(11, UUID.randomUUID());
            insertOutbox.executeUpdate();
        }

        private static void drain(PreparedStatement statement) throws SQLException {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    static String payload(UUID id, String crn, int version, OffsetDateTime at) {
        return """
                {"to": "AWAITING_READINESS", "from": "DRAFT", "region": "london", "version": %d, "changedAt": "%s",
                 "changedBy": "BENCH_PRACTITIONER", "detailUrl": "http://localhost:8082/referrals/%s", "referralId": "%s",
                 "deliveryMode": "IN_PERSON", "deliveryFormat": "GROUP", "interventionId": "%s",
                 "personReference": {"identifiers": [{"type": "CRN", "value": "%s"}]}, "interventionName": "Positive Pathways"}"""
                .formatted(version, at, id, id, INTERVENTION, crn);
    }

    static PGobject jsonb(String json) throws SQLException {
        PGobject object = new PGobject();
        object.setType("jsonb");
        object.setValue(json);
        return object;
    }

    static UUID draftId(int draft) {
        return UUID.nameUUIDFromBytes(("replay-draft-" + draft).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String draftCrn(int draft) {
        return "Z%06d".formatted(draft % 1_000_000);
    }

    /** The replay database: referral-service's schema, the intervention, and the drafts. */
    static void create(Path repository, int drafts) throws SQLException, IOException {
        drop();
        try (Connection postgres = Stack.connect("postgres"); Statement statement = postgres.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        List<Path> migrations = new ArrayList<>();
        migrations.addAll(sqlFiles(repository.resolve("service-kit/src/main/resources/db/service-kit")));
        migrations.addAll(sqlFiles(repository.resolve("referral-service/src/main/resources/db/migration")));
        // As Flyway does: repeatable migrations after every versioned one.
        migrations.addAll(repeatableSqlFiles(repository.resolve("service-kit/src/main/resources/db/service-kit")));
        migrations.addAll(repeatableSqlFiles(repository.resolve("referral-service/src/main/resources/db/migration")));
        if (migrations.isEmpty()) {
            throw new IllegalStateException("no migrations found under " + repository + " (set -Dbenchmark.repository)");
        }
        try (Connection replay = Stack.connect(DATABASE); Statement statement = replay.createStatement()) {
            for (Path migration : migrations) {
                statement.execute(Files.readString(migration));
            }
            try (Connection referral = Stack.connect("referral");
                    PreparedStatement read = referral.prepareStatement("SELECT id, catalogue_version, type, status, name,"
                            + " need_area, minimum_age, maximum_age, sexes::text, offence_cohorts::text, offerings::text, updated_at"
                            + " FROM catalogue_intervention WHERE id = ?");
                    PreparedStatement write = replay.prepareStatement("INSERT INTO catalogue_intervention (id, catalogue_version,"
                            + " type, status, name, need_area, minimum_age, maximum_age, sexes, offence_cohorts, offerings, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)")) {
                read.setObject(1, INTERVENTION);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("referral-service has no copy of Positive Pathways yet");
                    }
                    for (int i = 1; i <= 12; i++) {
                        write.setObject(i, row.getObject(i));
                    }
                    write.executeUpdate();
                }
            }
            try (PreparedStatement insert = replay.prepareStatement("""
                    INSERT INTO referral (id, crn, intervention_id, intervention_name, region, delivery_format, delivery_mode,
                        date_of_birth, sex, risk_of_recidivism, unsuitable_for_accredited_programme, reason_for_referral, status,
                        referred_by, created_at, updated_by, updated_at, version)
                    VALUES (?, ?, ?, 'Positive Pathways', 'london', 'GROUP', 'IN_PERSON', date '1985-06-01', 'MALE', 'LOW', false,
                        'Sentence plan names ATB work', 'DRAFT', 'BENCH_PRACTITIONER', now(), 'BENCH_PRACTITIONER', now(), 0)""")) {
                replay.setAutoCommit(false);
                for (int draft = 0; draft < drafts; draft++) {
                    insert.setObject(1, draftId(draft));
                    insert.setString(2, draftCrn(draft));
                    insert.setObject(3, INTERVENTION);
                    insert.addBatch();
                    if (draft % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                replay.commit();
                replay.setAutoCommit(true);
            }
            statement.execute("VACUUM ANALYZE");
        }
    }

    private static List<Path> sqlFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(file -> Integer.parseInt(file.getFileName().toString()
                            .substring(1, file.getFileName().toString().indexOf("__")))))
                    .toList();
        }
    }

    private static List<Path> repeatableSqlFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("R__.*\\.sql")).sorted().toList();
        }
    }

    static void drop() throws SQLException {
        try (Connection postgres = Stack.connect("postgres"); Statement statement = postgres.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }
}
