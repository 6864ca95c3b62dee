package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack.ServiceProcess;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.FrozenPostgres;

/**
 * The four packaged services under a steady load of whole journeys (find the intervention, register the RAR
 * requirement, introduce the module, refer, follow up, complete, assess, until the referral is ready to allocate)
 * while, in turn, each service is killed with SIGKILL and started again, the broker is frozen (SIGSTOP) and thawed,
 * and the database is frozen and thawed. Clients retry a 503 after its Retry-After and a refused connection after a
 * second, as a real client would. At the end every acknowledged journey is reconciled from the REST APIs and the
 * services' databases: the referral ready to allocate with each transition once, one link, exactly three contacts and
 * one RAR day, one event per step. It prints a table of the figures per phase (lost, doubled, 500s, the slowest
 * answer, recovery, health answer times) and asserts the limits: nothing lost or doubled, no 500, every failure a
 * problem+json, no answer slower than the database socket timeout (5 s) plus 1 s, every restarted or thawed
 * consumer caught up within 10 s, and {@code /q/health/ready} and {@code /q/health/live} answering within 2 s.
 */
class FaultsUnderLoadIT {

    static final Path REPOSITORY = CatalogueAndReferral.REPOSITORY;
    static final Path LOGS = REPOSITORY.resolve("deploy/system-tests/target/fault-suite");
    static final ObjectMapper JSON = new ObjectMapper();

    /** At least this many journeys are started; more if the phases outlast them. */
    static final int JOURNEYS = 200;
    /** One journey started every so often, by a pool of client threads. */
    static final Duration JOURNEY_INTERVAL = Duration.ofMillis(800);
    static final int CLIENT_THREADS = 40;
    static final Duration FREEZE = Duration.ofSeconds(15);
    static final Duration SETTLE = Duration.ofSeconds(12);
    /** The longest a request may take: the database driver's socket timeout (5 s, the kit's longest bound) + 1 s. */
    static final Duration REQUEST_LIMIT = Duration.ofSeconds(6);
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);
    static final Duration HEALTH_LIMIT = Duration.ofSeconds(2);
    /** How long a client keeps retrying one step before giving the journey up. */
    static final Duration STEP_PATIENCE = Duration.ofMinutes(2);

    static final String POSITIVE_PATHWAYS = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11";
    static final String PP = LocalTokens.token("JO_PRACTITIONER", List.of("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"));
    static final String DELIUS = LocalTokens.token("DELIUS_ADAPTER", List.of("ROLE_STRUCTURED_INTERVENTIONS__DELIUS_SYNC"));
    static final String PROGRAMME_MANAGER = LocalTokens.token("ALEX_PM",
            List.of("ROLE_STRUCTURED_INTERVENTIONS__PROGRAMME_MANAGER"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String EXERCISES = "[\"INTRODUCTORY_VIDEO\", \"GETTING_READY\", \"WORKING_WITH_PROBATION_FROM_HOME\","
            + " \"CONDITIONS_OF_SUCCESS\"]";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A consumer, the database it records its inbox in, and where the events it reads are written first. */
    record Consumer(String name, ServiceProcess.Service service, String upstreamDatabase, String topic) {
    }

    static final Consumer REFERRAL_LINKS = new Consumer("referral-links", ServiceProcess.READINESS, "referral",
            "referral.events");
    static final Consumer READINESS_REPORTS = new Consumer("readiness-reports", ServiceProcess.REFERRAL, "readiness",
            "readiness.events");
    static final Consumer MODULE_CONTACTS = new Consumer("module-contacts", ServiceProcess.CONTACT_LOG, "readiness",
            "readiness.events");
    static final List<Consumer> JOURNEY_CONSUMERS = List.of(REFERRAL_LINKS, READINESS_REPORTS, MODULE_CONTACTS);

    static LocalInfrastructure infrastructure;
    static BrokerProcess broker;
    static OtlpTraceReceiver traces;
    static final Map<ServiceProcess.Service, ServiceProcess> services =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    static String peerMentorAppointment;

    /** The phase running now; every request and probe is counted against the phase it started in. */
    static volatile Phase phase;
    static final List<Phase> phases = new CopyOnWriteArrayList<>();
    static final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();

    static final class Phase {
        final String name;
        final boolean fault;
        volatile Double restartToReadySeconds;
        volatile Double recoverySeconds;

        Phase(String name, boolean fault) {
            this.name = name;
            this.fault = fault;
        }
    }

    /** One HTTP exchange: status 0 when no answer came (refused, reset, timed out). */
    record Call(Phase phase, String step, int status, long millis, boolean problemJson, String failure) {
    }

    record Probe(Phase phase, String service, String check, int status, long millis) {
    }

    @BeforeAll
    static void start() {
        traces = OtlpTraceReceiver.start();
        infrastructure = LocalInfrastructure.startTemporary();
        broker = BrokerProcess.start(CatalogueAndReferral.freePort(), LOGS.resolve("kafka-broker.log"));
        for (ServiceProcess.Service service : ServiceProcess.ALL) {
            services.put(service, startService(service));
        }
        services.values().forEach(service -> service.awaitReady(Duration.ofMinutes(3)));
        CatalogueAndReferral.await("referral-service has the seeded Positive Pathways from catalogue.events", () ->
                "PUBLISHED".equals(CatalogueAndReferral.query(infrastructure, "referral",
                        "SELECT status FROM catalogue_intervention WHERE id = '" + POSITIVE_PATHWAYS + "'")));
        HttpResponse<String> appointed = plain("POST", url(ServiceProcess.READINESS, "/appointments"), PROGRAMME_MANAGER,
                "{\"userName\": \"SMENTOR_FAULTS\", \"name\": \"Sam Mentor\", \"role\": \"PEER_MENTOR\"}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        peerMentorAppointment = read(appointed.body()).path("id").asText();
    }

    /**
     * A packaged service as deployed but for the broker, which is {@link #broker}: its consumers are static members
     * named as a pod would name them (a restarted one rejoins as the same member), with the kit's 10 s session
     * timeout; the relay polls at its default; it samples 5 % of traces.
     */
    static ServiceProcess startService(ServiceProcess.Service service) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kafka.bootstrap.servers", broker.bootstrapServers());
        settings.put("structured-interventions.kafka.instance-id", service.name() + "-0");
        settings.put("quarkus.otel.traces.sampler.arg", "0.05");
        settings.put("quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        settings.put("quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint());
        return ServiceProcess.start(REPOSITORY, service, CatalogueAndReferral.freePort(), infrastructure, LOGS, settings);
    }

    @AfterAll
    static void stop() {
        List<ServiceProcess> running = new ArrayList<>(services.values());
        java.util.Collections.reverse(running);
        running.forEach(ServiceProcess::close);
        if (broker != null) {
            broker.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
        if (traces != null) {
            traces.close();
        }
    }

    @Test
    void every_acknowledged_journey_completes_once_while_services_are_killed_and_the_broker_and_database_freeze()
            throws Exception {
        List<Journey> journeys = new CopyOnWriteArrayList<>();
        List<Future<?>> running = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        ExecutorService probing = Executors.newFixedThreadPool(ServiceProcess.ALL.size() * 2 + 1);
        AtomicInteger started = new AtomicInteger();
        AtomicBoolean launching = new AtomicBoolean(true);
        Thread launcher = new Thread(() -> {
            while (launching.get() || started.get() < JOURNEYS) {
                Journey journey = new Journey(started.incrementAndGet(), phase);
                journeys.add(journey);
                running.add(clients.submit(journey));
                sleep(JOURNEY_INTERVAL);
            }
        }, "journey-launcher");
        AtomicBoolean probingOn = new AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            while (probingOn.get()) {
                Phase now = phase;
                List<Future<?>> round = new ArrayList<>();
                for (ServiceProcess.Service service : ServiceProcess.ALL) {
                    for (String check : List.of("ready", "live")) {
                        round.add(probing.submit(() -> probe(now, service, check)));
                    }
                }
                for (Future<?> probe : round) {
                    try {
                        probe.get();
                    } catch (Exception e) {
                        // counted by probe itself
                    }
                }
                sleep(Duration.ofMillis(500));
            }
        }, "health-prober");

        begin("steady load", false);
        launcher.start();
        prober.start();
        sleep(SETTLE);

        for (ServiceProcess.Service service : List.of(ServiceProcess.REFERRAL, ServiceProcess.READINESS,
                ServiceProcess.CONTACT_LOG, ServiceProcess.CATALOGUE)) {
            Phase killed = begin("SIGKILL " + service.name(), true);
            ServiceProcess process = services.get(service);
            process.kill();
            long restarting = System.nanoTime();
            ServiceProcess restarted = process.restart();
            services.put(service, restarted);
            restarted.awaitReady(Duration.ofMinutes(2));
            killed.restartToReadySeconds = seconds(System.nanoTime() - restarting);
            List<Consumer> consumers = JOURNEY_CONSUMERS.stream().filter(c -> c.service().equals(service)).toList();
            if (!consumers.isEmpty()) {
                killed.recoverySeconds = caughtUp(consumers, Instant.now());
            }
            sleep(SETTLE);
        }

        Phase brokerFrozen = begin("SIGSTOP broker " + FREEZE.toSeconds() + " s", true);
        Signals.send("STOP", List.of(broker.pid()));
        try {
            sleep(FREEZE);
        } finally {
            Signals.send("CONT", List.of(broker.pid()));
        }
        brokerFrozen.recoverySeconds = caughtUp(JOURNEY_CONSUMERS, Instant.now());
        sleep(SETTLE);

        Phase databaseFrozen = begin("SIGSTOP database " + FREEZE.toSeconds() + " s", true);
        try (FrozenPostgres frozen = FrozenPostgres.freeze(infrastructure.postgres().port())) {
            System.out.printf(Locale.ROOT, "froze %d PostgreSQL processes%n", frozen.processes());
            sleep(FREEZE);
        }
        databaseFrozen.recoverySeconds = caughtUp(JOURNEY_CONSUMERS, Instant.now());
        sleep(SETTLE);

        begin("after the faults", false);
        launching.set(false);
        launcher.join(Duration.ofMinutes(3).toMillis());
        for (Future<?> journey : running) {
            journey.get(5, TimeUnit.MINUTES);
        }
        probingOn.set(false);
        prober.join();
        clients.shutdown();
        probing.shutdown();

        Reconciliation reconciliation = reconcile(journeys);
        String table = table(journeys, reconciliation);
        System.out.println(table);
        Files.createDirectories(LOGS);
        Files.writeString(LOGS.resolve("figures.txt"), table);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(journeys).as("journeys started").hasSizeGreaterThanOrEqualTo(JOURNEYS);
        softly.assertThat(journeys.stream().filter(j -> j.abandoned != null).map(j -> j.crn + ": " + j.abandoned))
                .as("journeys a client gave up").isEmpty();
        softly.assertThat(reconciliation.lost).as("acknowledged journeys with an effect missing").isEmpty();
        softly.assertThat(reconciliation.doubled).as("acknowledged journeys with an effect doubled").isEmpty();
        softly.assertThat(calls.stream().filter(c -> c.status() >= 500 && c.status() != 503))
                .as("answers 5xx other than 503").isEmpty();
        softly.assertThat(calls.stream().filter(c -> c.status() >= 400 && !c.problemJson()))
                .as("failures that were not problem+json").isEmpty();
        softly.assertThat(calls.stream().filter(c -> c.phase().fault && (c.millis() > REQUEST_LIMIT.toMillis()
                        || "timed out".equals(c.failure()))))
                .as("requests during a fault slower than " + REQUEST_LIMIT.toSeconds() + " s").isEmpty();
        for (Phase p : phases) {
            if (p.recoverySeconds != null) {
                softly.assertThat(p.recoverySeconds).as("recovery after " + p.name + " (s)")
                        .isLessThanOrEqualTo(RECOVERY_LIMIT.toSeconds());
            }
        }
        softly.assertThat(probes.stream().filter(p -> p.status() > 0 && p.millis() > HEALTH_LIMIT.toMillis()))
                .as("health answers slower than " + HEALTH_LIMIT.toSeconds() + " s").isEmpty();
        softly.assertThat(probes.stream().filter(p -> (p.phase() == brokerFrozen || p.phase() == databaseFrozen)
                        && p.status() == 0))
                .as("health checks unanswered while the broker or database was frozen").isEmpty();
        softly.assertAll();
    }

    static Phase begin(String name, boolean fault) {
        Phase next = new Phase(name, fault);
        phases.add(next);
        phase = next;
        System.out.printf(Locale.ROOT, "%s fault suite: %s%n", Instant.now(), name);
        return next;
    }

    // ------------------------------------------------------------------------------------------------------------
    // One journey, as JourneyIT's practitioner, nDelius adapter and Treatment Manager make it, each step retried as a
    // client would.

    static final class Journey implements Runnable {
        final int number;
        final Phase startedIn;
        final String crn;
        final long requirementId;
        volatile String referralUrl;
        volatile boolean acknowledged;
        volatile String abandoned;

        Journey(int number, Phase startedIn) {
            this.number = number;
            this.startedIn = startedIn;
            this.crn = "F%06d".formatted(number);
            this.requirementId = 2_700_000_000L + number;
        }

        String recordUrl() {
            return url(ServiceProcess.READINESS, "/people/" + crn + "/readiness");
        }

        @Override
        public void run() {
            try {
                JsonNode found = read(send("find", "GET", url(ServiceProcess.CATALOGUE,
                        "/interventions?region=london&needArea=ATB&type=STRUCTURED_INTERVENTION&status=PUBLISHED"),
                        PP, null, 200).body());
                if (!found.path("content").findValuesAsText("id").contains(POSITIVE_PATHWAYS)) {
                    throw new IllegalStateException("the catalogue did not offer Positive Pathways");
                }
                send("register RAR", "POST", url(ServiceProcess.CONTACT_LOG, "/rar-requirements"), DELIUS, """
                        {"requirementId": %d, "crn": "%s", "maximumDays": 20, "startDate": "%s", "expectedEndDate": "%s"}"""
                        .formatted(requirementId, crn, TODAY.minusMonths(1), TODAY.plusYears(1)), 201);
                send("introduce", "POST", recordUrl() + "/introduction", PP, """
                        {"session": %s, "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                         "aboutPageWalkedThrough": true, "contentsPageWalkedThrough": true, "formatExplained": true,
                         "exercisesOverviewed": %s, "paperCopyGiven": true, "suitableDevice": false}"""
                        .formatted(session(TODAY.minusDays(7)), EXERCISES), 201);
                JsonNode drafted = read(send("draft", "POST", url(ServiceProcess.REFERRAL, "/referrals"), PP, """
                        {"crn": "%s", "interventionId": "%s", "region": "london", "deliveryFormat": "GROUP",
                         "deliveryMode": "IN_PERSON", "dateOfBirth": "1985-06-01", "sex": "MALE", "riskOfRecidivism": "LOW",
                         "unsuitableForAccreditedProgramme": false, "reasonForReferral": "Sentence plan names ATB work"}"""
                        .formatted(crn, POSITIVE_PATHWAYS), 201).body());
                referralUrl = url(ServiceProcess.REFERRAL, "/referrals/" + drafted.path("id").asText());
                send("submit", "POST", referralUrl + "/submit", PP, null, 200);
                poll("await link", recordUrl(), PP, record ->
                        record.path("linkedReferrals").findValuesAsText("detailUrl").stream()
                                .anyMatch(linked -> linked.endsWith(referralUrl.substring(referralUrl.indexOf("/referrals/")))));
                send("follow up", "POST", recordUrl() + "/follow-ups", PP, """
                        {"session": %s, "deliveredBy": {"name": "Sam Mentor", "role": "PEER_MENTOR", "appointmentId": "%s"},
                         "length": "EXTENDED", "reviewedModuleBeforehand": false, "probationServiceDeviceUsed": true,
                         "exercisesDiscussed": %s, "attendance": "ATTENDED_COMPLIED"}"""
                        .formatted(session(TODAY), peerMentorAppointment, EXERCISES), 201);
                send("complete", "POST", recordUrl() + "/completion", PP, "{\"completedOn\": \"" + TODAY + "\"}", 201);
                send("assess", "POST", recordUrl() + "/assessments", PP, "{\"ready\": true}", 201);
                acknowledged = true;
                poll("await ready to allocate", referralUrl, PP, referral ->
                        "READY_TO_ALLOCATE".equals(referral.path("status").asText()));
            } catch (RuntimeException e) {
                abandoned = e.getMessage();
            }
        }

        /** Sends until the expected status answers: after a 503 waits its Retry-After, after no answer a second. */
        HttpResponse<String> send(String step, String method, String url, String token, String body, int expected) {
            long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
            boolean mayHaveLanded = false;
            while (true) {
                Phase sentIn = phase;
                long sending = System.nanoTime();
                Duration wait = Duration.ofSeconds(1);
                try {
                    HttpResponse<String> response = HTTP.send(request(method, url, token, body, Duration.ofSeconds(15)),
                            HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    calls.add(new Call(sentIn, step, status, millis(System.nanoTime() - sending),
                            response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                            status >= 400 ? problemType(response.body()) : null));
                    if (status == expected || (mayHaveLanded && status == 409)) {
                        return response;
                    }
                    if (status == 503) {
                        // The database may have committed before the answer was lost: a retry may find it done.
                        mayHaveLanded |= !"GET".equals(method);
                        wait = Duration.ofSeconds(Math.min(5,
                                response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L)));
                    } else if (status < 500) {
                        throw new IllegalStateException(step + " answered " + status + ": " + response.body());
                    }
                } catch (HttpTimeoutException e) {
                    calls.add(new Call(sentIn, step, 0, millis(System.nanoTime() - sending), false, "timed out"));
                    mayHaveLanded |= !"GET".equals(method);
                } catch (ConnectException e) {
                    calls.add(new Call(sentIn, step, 0, millis(System.nanoTime() - sending), false, "refused"));
                } catch (IOException e) {
                    calls.add(new Call(sentIn, step, 0, millis(System.nanoTime() - sending), false, "closed"));
                    mayHaveLanded |= !"GET".equals(method);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(step + " did not succeed within " + STEP_PATIENCE);
                }
                sleep(wait);
            }
        }

        void poll(String step, String url, String token, Predicate<JsonNode> done) {
            long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
            while (!done.test(read(send(step, "GET", url, token, null, 200).body()))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(step + " did not happen within " + STEP_PATIENCE);
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Health probes.

    static void probe(Phase during, ServiceProcess.Service service, String check) {
        long sending = System.nanoTime();
        int status;
        try {
            status = HTTP.send(request("GET", url(service, "/q/health/" + check), null, null, Duration.ofSeconds(5)),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            status = -1;
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long took = millis(System.nanoTime() - sending);
        // A refused connection is a service that is not running (being restarted), not a slow answer.
        probes.add(new Probe(during, service.name(), check, status == -1 ? 1 : status, status == 0 ? 0 : took));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Recovery: every event written before the moment by the consumers' upstream services has been handled.

    /**
     * Seconds from {@code from} until every consumer has handled every event its upstream service wrote to its
     * topic up to then: the partitions it holds are consumed again, whichever they are. Capped at a minute.
     */
    static double caughtUp(List<Consumer> consumers, Instant from) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (Consumer consumer : consumers) {
                all &= behind(consumer, from) == 0;
            }
            if (all) {
                return seconds(System.nanoTime() - start);
            }
            sleep(Duration.ofMillis(200));
        }
        return seconds(System.nanoTime() - start);
    }

    static int behind(Consumer consumer, Instant upTo) {
        try {
            List<String> written = new ArrayList<>();
            try (Connection upstream = connect(consumer.upstreamDatabase());
                    PreparedStatement select = upstream.prepareStatement(
                            "SELECT id::text FROM outbox_event WHERE topic = ? AND occurred_at <= ?")) {
                select.setString(1, consumer.topic());
                select.setTimestamp(2, Timestamp.from(upTo));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        written.add(rows.getString(1));
                    }
                }
            }
            try (Connection own = connect(consumer.service().database());
                    PreparedStatement count = own.prepareStatement(
                            "SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ANY (?)")) {
                Array ids = own.createArrayOf("text", written.toArray());
                count.setString(1, consumer.name());
                count.setArray(2, ids);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return written.size() - rows.getInt(1);
                }
            }
        } catch (SQLException e) {
            return Integer.MAX_VALUE;
        }
    }

    static Connection connect(String database) throws SQLException {
        Connection connection = DriverManager.getConnection(infrastructure.postgres().jdbcUrl(database),
                PostgresServer.USER, PostgresServer.PASSWORD);
        connection.setNetworkTimeout(Runnable::run, 5000);
        return connection;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reconciliation.

    record Reconciliation(Map<Journey, List<String>> lost, Map<Journey, List<String>> doubled) {
    }

    /** Waits up to 90 s for every acknowledged journey to settle, then names what each lacks and has twice. */
    static Reconciliation reconcile(List<Journey> journeys) {
        List<Journey> acknowledged = journeys.stream().filter(j -> j.acknowledged).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<Journey> unsettled = acknowledged;
        while (!unsettled.isEmpty() && System.nanoTime() < deadline) {
            unsettled = unsettled.stream().filter(j -> {
                List<String> missing = new ArrayList<>();
                check(j, missing, new ArrayList<>());
                return !missing.isEmpty();
            }).toList();
            if (!unsettled.isEmpty()) {
                sleep(Duration.ofSeconds(2));
            }
        }
        Map<Journey, List<String>> lost = new LinkedHashMap<>();
        Map<Journey, List<String>> doubled = new LinkedHashMap<>();
        for (Journey journey : acknowledged) {
            List<String> missing = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            check(journey, missing, extra);
            if (!missing.isEmpty()) {
                lost.put(journey, missing);
            }
            if (!extra.isEmpty()) {
                doubled.put(journey, extra);
            }
        }
        return new Reconciliation(lost, doubled);
    }

    static void check(Journey journey, List<String> missing, List<String> extra) {
        JsonNode referral = read(plain("GET", journey.referralUrl, PP, null).body());
        if (!"READY_TO_ALLOCATE".equals(referral.path("status").asText())) {
            missing.add("referral is " + referral.path("status").asText());
        }
        List<String> transitions = read(plain("GET", journey.referralUrl + "/history", PP, null).body())
                .findValuesAsText("to");
        compare("transition to", counts(transitions), Map.of("DRAFT", 1, "AWAITING_READINESS", 1, "READY_TO_ALLOCATE", 1),
                missing, extra);
        JsonNode record = read(plain("GET", journey.recordUrl(), PP, null).body());
        compare("linked referral", Map.of("link", record.path("linkedReferrals").size()), Map.of("link", 1), missing, extra);
        JsonNode contacts = read(plain("GET", url(ServiceProcess.CONTACT_LOG, "/contacts?crn=" + journey.crn), DELIUS,
                null).body());
        compare("contact", counts(contacts.path("content").findValuesAsText("type")),
                Map.of("PIM_INTRODUCTION", 1, "PIM_FOLLOW_UP", 1, "PIM_COMPLETION", 1), missing, extra);
        JsonNode rar = read(plain("GET", url(ServiceProcess.CONTACT_LOG, "/people/" + journey.crn + "/rar"), PP, null)
                .body());
        compare("RAR", Map.of("days used", rar.path("requirements").path(0).path("daysUsed").asInt(0),
                "requirements", rar.path("requirements").size()), Map.of("days used", 1, "requirements", 1), missing, extra);
        compare("readiness event", eventCounts("readiness", journey.crn),
                Map.of("structured-interventions.readiness.module-introduced", 1,
                        "structured-interventions.readiness.follow-up-completed", 1,
                        "structured-interventions.readiness.module-completed", 1,
                        "structured-interventions.readiness.assessed", 1), missing, extra);
        // Three contacts, and the two RAR tally changes a journey makes when nothing fails.
        compare("contact event", eventCounts("contact_log", journey.crn),
                Map.of("structured-interventions.contact.recorded", 3, "structured-interventions.rar.days-changed", 2),
                missing, extra);
    }

    static Map<String, Integer> eventCounts(String database, String crn) {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = connect(database);
                PreparedStatement select = connection.prepareStatement("SELECT event_type, count(*) FROM outbox_event"
                        + " WHERE event_key = ? AND topic <> 'audit.events' GROUP BY event_type")) {
            select.setString(1, crn);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts;
    }

    /** Each expected key with fewer than expected is missing, with more is doubled; unexpected keys are doubled. */
    static void compare(String what, Map<String, Integer> actual, Map<String, Integer> expected, List<String> missing,
            List<String> extra) {
        expected.forEach((key, count) -> {
            int found = actual.getOrDefault(key, 0);
            if (found < count) {
                missing.add(what + " " + key + " " + found + " of " + count);
            } else if (found > count) {
                extra.add(what + " " + key + " " + found + " of " + count);
            }
        });
        actual.forEach((key, count) -> {
            if (!expected.containsKey(key) && !key.contains("audit")) {
                extra.add(what + " " + key + " " + count + " unexpected");
            }
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // The table.

    static String table(List<Journey> journeys, Reconciliation reconciliation) {
        StringBuilder out = new StringBuilder();
        String format = "| %-28s | %8s | %5s | %9s | %4s | %7s | %4s | %4s | %4s | %9s | %9s | %11s | %10s | %9s | %9s |%n";
        out.append(String.format(Locale.ROOT, format, "phase", "journeys", "acked", "abandoned", "lost", "doubled",
                "500s", "503s", "4xx", "no answer", "slowest", "restart→up", "recovery", "ready max", "live max"));
        out.append(String.format(Locale.ROOT, format, "---", "---", "---", "---", "---", "---", "---", "---", "---", "---",
                "---", "---", "---", "---", "---"));
        for (Phase p : phases) {
            List<Journey> in = journeys.stream().filter(j -> j.startedIn == p).toList();
            List<Call> sent = calls.stream().filter(c -> c.phase() == p).toList();
            List<Probe> probed = probes.stream().filter(pr -> pr.phase() == p).toList();
            out.append(String.format(Locale.ROOT, format, p.name, in.size(),
                    in.stream().filter(j -> j.acknowledged).count(),
                    in.stream().filter(j -> j.abandoned != null).count(),
                    in.stream().filter(reconciliation.lost::containsKey).count(),
                    in.stream().filter(reconciliation.doubled::containsKey).count(),
                    sent.stream().filter(c -> c.status() >= 500 && c.status() != 503).count(),
                    sent.stream().filter(c -> c.status() == 503).count(),
                    sent.stream().filter(c -> c.status() >= 400 && c.status() < 500).count(),
                    sent.stream().filter(c -> c.status() == 0).count(),
                    sent.stream().mapToLong(Call::millis).max().orElse(0) + " ms",
                    Optional.ofNullable(p.restartToReadySeconds).map(s -> String.format(Locale.ROOT, "%.1f s", s)).orElse("–"),
                    Optional.ofNullable(p.recoverySeconds).map(s -> String.format(Locale.ROOT, "%.1f s", s)).orElse("–"),
                    probed.stream().filter(pr -> pr.check().equals("ready")).mapToLong(Probe::millis).max().orElse(0) + " ms",
                    probed.stream().filter(pr -> pr.check().equals("live")).mapToLong(Probe::millis).max().orElse(0) + " ms"));
        }
        out.append(String.format(Locale.ROOT, "%d journeys, %d acknowledged, %d requests (%d answered 503, %d unanswered);"
                        + " lost %d, doubled %d%n", journeys.size(), journeys.stream().filter(j -> j.acknowledged).count(),
                calls.size(), calls.stream().filter(c -> c.status() == 503).count(),
                calls.stream().filter(c -> c.status() == 0).count(), reconciliation.lost.size(),
                reconciliation.doubled.size()));
        reconciliation.lost.forEach((j, what) -> out.append("lost ").append(j.crn).append(": ").append(what).append('\n'));
        reconciliation.doubled.forEach((j, what) -> out.append("doubled ").append(j.crn).append(": ").append(what)
                .append('\n'));
        journeys.stream().filter(j -> j.abandoned != null).forEach(j -> out.append("abandoned ").append(j.crn)
                .append(": ").append(j.abandoned).append('\n'));
        calls.stream().filter(c -> c.status() >= 500 && c.status() != 503 || c.status() >= 400 && !c.problemJson()
                        || c.millis() > REQUEST_LIMIT.toMillis())
                .limit(40)
                .forEach(c -> out.append(String.format(Locale.ROOT, "  %s %s: %d in %d ms %s%n", c.phase().name, c.step(),
                        c.status(), c.millis(), c.failure())));
        probes.stream().filter(p -> p.millis() > HEALTH_LIMIT.toMillis()).limit(20)
                .forEach(p -> out.append(String.format(Locale.ROOT, "  %s %s %s: %d in %d ms%n", p.phase().name, p.service(),
                        p.check(), p.status(), p.millis())));
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------------------

    static String url(ServiceProcess.Service service, String path) {
        return services.get(service).baseUrl() + path;
    }

    static HttpRequest request(String method, String url, String token, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** One call, no retry (for set-up and reconciliation, when nothing is failing). */
    static HttpResponse<String> plain(String method, String url, String token, String body) {
        try {
            return HTTP.send(request(method, url, token, body, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String problemType(String body) {
        try {
            return JSON.readTree(body).path("type").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    static String session(LocalDate date) {
        return "{\"date\": \"%s\", \"startTime\": \"10:00\", \"endTime\": \"11:30\"}".formatted(date);
    }

    static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
