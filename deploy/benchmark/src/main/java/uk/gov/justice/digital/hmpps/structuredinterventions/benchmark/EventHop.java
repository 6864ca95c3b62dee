package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The event hop, as an open model: referrals submitted at a fixed rate (20 and 100 a second unless told), and for each
 * the time from referral-service acknowledging the submission (the client receiving its 200) until readiness-service
 * has linked the referral.
 *
 * <p>The drafts are made first, so only the submissions run at the rate. While they run, one connection polls
 * readiness-service's {@code linked_referral} every 2 ms for the referrals still waiting ("effect visible": the
 * consumer's transaction has committed; resolution 2 ms plus one query). Afterwards the databases give the rest:
 * referral-service's {@code outbox_event} (occurred_at, published_at) and readiness-service's {@code inbox_event}
 * (received_at: the consumer's clock as it starts handling the event, before its transaction commits). The client
 * and the services read the same clock, on one machine.
 *
 * <p>System properties: {@code benchmark.rates} (default 20,100), {@code benchmark.duration} (per rate, 30s),
 * {@code benchmark.warm-up} (per rate, at the rate, left out of the figures; 5s).
 */
public final class EventHop {

    private static final String SUBMITTED = "structured-interventions.referral.submitted";

    record Draft(String id, String etag) {
    }

    record Sent(Draft draft, Instant ack, long submitMicros, int status, boolean measured) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = Arrays.stream(System.getProperty("benchmark.rates", "20,100").split(",")).map(String::trim)
                .map(Integer::parseInt).toList();
        Duration measured = Settings.durationSetting("duration", "30s");
        Duration warmUp = Settings.durationSetting("warm-up", "5s");
        StringBuilder report = new StringBuilder();
        report.append("Event hop: referral submitted (client has the 200) -> readiness-service has linked the referral\n")
                .append("open model; per rate ").append(warmUp.toSeconds()).append(" s warm-up + ")
                .append(measured.toSeconds()).append(" s measured; times in ms\n\n");
        for (int rate : rates) {
            awaitQuiet();
            report.append(run(rate, warmUp, measured)).append('\n');
        }
        Reports.publish("event-hop", report);
    }

    /**
     * Waits until earlier load has drained: nothing waits in referral-service's outbox and readiness-service's inbox
     * has stopped growing for two seconds. Otherwise a backlog left by an earlier scenario is timed as the hop.
     */
    static void awaitQuiet() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long last = -1;
        long stableSince = System.nanoTime();
        try (var referral = Stack.connect("referral"); var readiness = Stack.connect("readiness")) {
            while (System.nanoTime() < deadline) {
                long pending = single(referral, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
                long handled = single(readiness, "SELECT count(*) FROM inbox_event");
                if (pending > 0 || handled != last) {
                    last = handled;
                    stableSince = System.nanoTime();
                } else if (System.nanoTime() - stableSince > Duration.ofSeconds(2).toNanos()) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        System.out.println("The earlier load had not drained after 5 minutes; measuring anyway.");
    }

    private static long single(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    static String run(int rate, Duration warmUp, Duration measured) throws Exception {
        int warmUpCount = (int) (rate * warmUp.toMillis() / 1000);
        int total = warmUpCount + (int) (rate * measured.toMillis() / 1000);
        System.out.printf("%d/s: making %d drafts...%n", rate, total);
        List<Draft> drafts = makeDrafts(total);

        Map<String, Instant> visible = new ConcurrentHashMap<>();
        Map<String, Boolean> waiting = new ConcurrentHashMap<>();
        Poller poller = new Poller(waiting, visible);
        Thread pollerThread = new Thread(poller, "linked-referral-poller");
        pollerThread.start();

        List<Sent> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(256, Math.max(16, rate * 2)));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        long periodNanos = 1_000_000_000L / rate;
        System.out.printf("%d/s: submitting for %d s...%n", rate, (warmUp.toMillis() + measured.toMillis()) / 1000);
        ticker.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            Draft draft = drafts.get(i);
            workers.execute(() -> {
                long start = System.nanoTime();
                HttpResponse<String> response = Http.call("POST", Stack.REFERRAL + "/referrals/" + draft.id() + "/submit",
                        Stack.PRACTITIONER, null, draft.etag());
                Instant ack = Instant.now();
                long micros = (System.nanoTime() - start) / 1000;
                if (response.statusCode() == 200) {
                    waiting.put(draft.id(), Boolean.TRUE);
                }
                sent.add(new Sent(draft, ack, micros, response.statusCode(), i >= warmUpCount));
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        long deadline = System.nanoTime() + warmUp.toNanos() + measured.toNanos() + Duration.ofSeconds(60).toNanos();
        while ((sent.size() < total || !waiting.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        ticker.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        poller.stop();
        pollerThread.join();

        List<Sent> measuredSent = sent.stream().filter(Sent::measured).toList();
        List<String> ids = measuredSent.stream().map(s -> s.draft().id()).toList();
        Map<String, OffsetDateTime[]> outbox = outbox(ids);
        Map<String, OffsetDateTime> inbox = inbox(outbox);

        List<Double> submit = new ArrayList<>();
        List<Double> toVisible = new ArrayList<>();
        List<Double> toReceived = new ArrayList<>();
        List<Double> outboxWait = new ArrayList<>();
        List<Double> publishedToReceived = new ArrayList<>();
        int errors = 0;
        int notLinked = 0;
        for (Sent s : measuredSent) {
            if (s.status() != 200) {
                errors++;
                continue;
            }
            submit.add(s.submitMicros() / 1000.0);
            String id = s.draft().id();
            Instant seen = visible.get(id);
            if (seen == null) {
                notLinked++;
            } else {
                toVisible.add(millis(s.ack(), seen));
            }
            OffsetDateTime[] event = outbox.get(id);
            if (event != null && event[1] != null) {
                outboxWait.add(millis(event[0].toInstant(), event[1].toInstant()));
            }
            OffsetDateTime received = event == null ? null : inbox.get(id);
            if (received != null) {
                toReceived.add(millis(s.ack(), received.toInstant()));
                if (event[1] != null) {
                    publishedToReceived.add(millis(event[1].toInstant(), received.toInstant()));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("%d events/s: %d submitted in the measured phase, %d errors, %d not linked within 60 s%n"
                .formatted(rate, measuredSent.size(), errors, notLinked));
        out.append("  %-44s %8s %8s %8s %8s%n".formatted("", "n", "p50", "p99", "max"));
        out.append(line("submit response time (client)", submit));
        out.append(line("ack -> effect visible (linked_referral)", toVisible));
        out.append(line("ack -> consumer received (inbox received_at)", toReceived));
        out.append(line("outbox wait (published_at - occurred_at)", outboxWait));
        out.append(line("published_at -> inbox received_at", publishedToReceived));
        return out.toString();
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1_000_000.0;
    }

    static String line(String name, List<Double> values) {
        if (values.isEmpty()) {
            return "  %-44s %8d %8s %8s %8s%n".formatted(name, 0, "-", "-", "-");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return "  %-44s %8d %8.1f %8.1f %8.1f%n".formatted(name, sorted.length, percentile(sorted, 50),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** New people's drafts (8 at a time), each with its ETag for If-Match. */
    static List<Draft> makeDrafts(int count) throws InterruptedException {
        Draft[] drafts = new Draft[count];
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < count; i++) {
            int index = i;
            pool.execute(() -> {
                HttpResponse<String> response = Http.expect(201, Http.call("POST", Stack.REFERRAL + "/referrals",
                        Stack.PRACTITIONER, Bodies.draft(Crns.fresh()), null));
                drafts[index] = new Draft(Http.json(response).path("id").asText(),
                        response.headers().firstValue("ETag").orElse(null));
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return Arrays.asList(drafts);
    }

    /** The referral.submitted outbox row of each referral: occurred_at and published_at, by referral id. */
    static Map<String, OffsetDateTime[]> outbox(List<String> referralIds) throws SQLException {
        Map<String, OffsetDateTime[]> events = new HashMap<>();
        try (Connection connection = Stack.connect("referral"); PreparedStatement statement = connection.prepareStatement(
                "SELECT subject, id::text, occurred_at, published_at FROM outbox_event WHERE event_type = ? AND subject = ANY (?)")) {
            statement.setString(1, SUBMITTED);
            statement.setArray(2, connection.createArrayOf("text", referralIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.put(rows.getString(1), new OffsetDateTime[] {rows.getObject(3, OffsetDateTime.class),
                            rows.getObject(4, OffsetDateTime.class), null});
                    eventIds.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return events;
    }

    private static final Map<String, String> eventIds = new ConcurrentHashMap<>();

    /** When readiness-service's referral-links consumer received each event, by referral id. */
    static Map<String, OffsetDateTime> inbox(Map<String, OffsetDateTime[]> outbox) throws SQLException {
        Map<String, String> referralOfEvent = new HashMap<>();
        outbox.keySet().forEach(referral -> referralOfEvent.put(eventIds.get(referral), referral));
        Map<String, OffsetDateTime> received = new HashMap<>();
        try (Connection connection = Stack.connect("readiness"); PreparedStatement statement = connection.prepareStatement(
                "SELECT event_id, received_at FROM inbox_event WHERE consumer = 'referral-links' AND event_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", referralOfEvent.keySet().toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    received.put(referralOfEvent.get(rows.getString(1)), rows.getObject(2, OffsetDateTime.class));
                }
            }
        }
        return received;
    }

    /** Polls linked_referral every 2 ms for the referrals still waiting, noting when each appears. */
    static final class Poller implements Runnable {
        private final Map<String, Boolean> waiting;
        private final Map<String, Instant> visible;
        private volatile boolean running = true;

        Poller(Map<String, Boolean> waiting, Map<String, Instant> visible) {
            this.waiting = waiting;
            this.visible = visible;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            try (Connection connection = Stack.connect("readiness"); PreparedStatement statement = connection.prepareStatement(
                    "SELECT referral_id::text FROM linked_referral WHERE referral_id = ANY (?::uuid[])")) {
                while (running) {
                    long started = System.nanoTime();
                    if (!waiting.isEmpty()) {
                        Array ids = connection.createArrayOf("text", waiting.keySet().toArray());
                        statement.setArray(1, ids);
                        try (ResultSet rows = statement.executeQuery()) {
                            Instant now = Instant.now();
                            while (rows.next()) {
                                String id = rows.getString(1);
                                visible.putIfAbsent(id, now);
                                waiting.remove(id);
                            }
                        }
                    }
                    long sleep = 2_000_000L - (System.nanoTime() - started);
                    if (sleep > 0) {
                        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
