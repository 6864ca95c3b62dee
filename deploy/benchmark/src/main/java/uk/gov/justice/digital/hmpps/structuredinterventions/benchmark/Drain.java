package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The drain: how fast readiness-service's consumer works through a backlog on {@code referral.events}.
 *
 * <p>It produces {@code benchmark.events} (20 000 unless told) {@code referral.submitted} CloudEvents, as fast as one
 * producer can (acks=all, batched), each for a new person (CRNs D000000 upwards that no service has seen) and a new
 * referral id, in Kafka binary mode as referral-service's outbox relay writes them, so each event links a referral in
 * readiness-service. The consumer falls behind; the figures come from readiness-service's {@code inbox_event}
 * ({@code received_at}: the consumer's clock as it starts handling each event) for the events produced, once all have
 * arrived (or {@code benchmark.drain-timeout}, 5 minutes, has passed). Client and services read the same clock.
 * Progress goes to standard error, the summary to standard output.
 */
public final class Drain {

    static final String TOPIC = "referral.events";
    static final String SUBMITTED = "structured-interventions.referral.submitted";
    static final String SOURCE = "urn:hmpps:structured-interventions:referral-service";
    static final String CONSUMER = "referral-links";
    static final char CRN_LETTER = 'D';
    private static final ObjectMapper JSON = new ObjectMapper();

    record Event(String id, String crn, String referralId, OffsetDateTime at) {
    }

    private Drain() {
    }

    public static void main(String[] args) throws Exception {
        int count = Settings.intSetting("events", 20_000);
        Duration timeout = Settings.durationSetting("drain-timeout", "5m");
        String bootstrap = System.getProperty("benchmark.kafka", "localhost:19092");

        System.err.printf("drain: %d new people...%n", count);
        List<String> crns = Crns.unused(CRN_LETTER, count);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Event> events = new ArrayList<>(count);
        List<ProducerRecord<String, String>> records = new ArrayList<>(count);
        for (String crn : crns) {
            Event event = new Event(UUID.randomUUID().toString(), crn, UUID.randomUUID().toString(), now);
            events.add(event);
            records.add(record(event));
        }

        System.err.printf("drain: producing %d events to %s on %s...%n", count, TOPIC, bootstrap);
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicReference<Instant> lastAck = new AtomicReference<>(Instant.MIN);
        Instant firstSend;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrap))) {
            producer.partitionsFor(TOPIC); // metadata first, so it is not timed
            firstSend = Instant.now();
            for (ProducerRecord<String, String> record : records) {
                producer.send(record, (metadata, exception) -> {
                    Instant ack = Instant.now();
                    if (exception != null) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, exception.toString());
                    }
                    lastAck.accumulateAndGet(ack, (a, b) -> a.isAfter(b) ? a : b);
                });
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " events were refused: " + firstFailure.get());
        }

        List<String> ids = events.stream().map(Event::id).toList();
        List<Instant> received = awaitInbox(ids, timeout);
        int linked = linked(events.stream().map(Event::referralId).toList());

        String report = report(count, firstSend, lastAck.get(), received, linked, timeout);
        Reports.publish("drain", report);
    }

    static Properties producerConfig(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "benchmark-drain");
        return config;
    }

    /** The event as referral-service's outbox relay writes it: keyed by the CRN, CloudEvents attributes as headers. */
    static ProducerRecord<String, String> record(Event event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, event.crn(), payload(event));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.id());
        header(record, "ce_type", SUBMITTED);
        header(record, "ce_source", SOURCE);
        header(record, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.at()));
        header(record, "ce_subject", event.referralId());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A referral.submitted event's data (docs/events/referral-submitted.schema.json): Positive Pathways in London. */
    static String payload(Event event) {
        ObjectNode data = JSON.createObjectNode();
        data.put("referralId", event.referralId());
        data.putObject("personReference").putArray("identifiers").addObject().put("type", "CRN").put("value", event.crn());
        data.put("interventionId", Stack.POSITIVE_PATHWAYS);
        data.put("interventionName", "Positive Pathways");
        data.put("region", "london");
        data.put("deliveryFormat", "GROUP");
        data.put("deliveryMode", "IN_PERSON");
        data.put("from", "DRAFT");
        data.put("to", "AWAITING_READINESS");
        data.put("changedBy", "BENCH_PRACTITIONER");
        data.put("changedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.at()));
        data.put("version", 1);
        data.put("detailUrl", Stack.REFERRAL + "/referrals/" + event.referralId());
        return data.toString();
    }

    /** Polls inbox_event every second until every event is there or the timeout passes; their received_at, sorted. */
    static List<Instant> awaitInbox(List<String> ids, Duration timeout) throws SQLException, InterruptedException {
        try (Connection connection = Stack.connect("readiness")) {
            Array array = connection.createArrayOf("text", ids.toArray());
            long deadline = System.nanoTime() + timeout.toNanos();
            long nextReport = 0;
            int count;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ANY (?)")) {
                statement.setString(1, CONSUMER);
                statement.setArray(2, array);
                while (true) {
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        count = rows.getInt(1);
                    }
                    if (count >= ids.size() || System.nanoTime() > deadline) {
                        break;
                    }
                    if (System.nanoTime() > nextReport) {
                        System.err.printf("drain: %d of %d in readiness-service's inbox%n", count, ids.size());
                        nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    }
                    Thread.sleep(1000);
                }
            }
            List<Instant> received = new ArrayList<>(count);
            try (PreparedStatement statement = connection.prepareStatement("SELECT received_at FROM inbox_event"
                    + " WHERE consumer = ? AND event_id = ANY (?) ORDER BY received_at")) {
                statement.setString(1, CONSUMER);
                statement.setArray(2, array);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        received.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
            }
            return received;
        }
    }

    /** How many of the referrals readiness-service has linked. */
    static int linked(List<String> referralIds) throws SQLException {
        try (Connection connection = Stack.connect("readiness"); PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM linked_referral WHERE referral_id = ANY (?::uuid[])")) {
            statement.setArray(1, connection.createArrayOf("text", referralIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static String report(int produced, Instant firstSend, Instant lastAck, List<Instant> received, int linked,
            Duration timeout) {
        StringBuilder out = new StringBuilder();
        out.append("Drain: %d referral.submitted events produced at once to %s; readiness-service's consumer works through them%n"
                .formatted(produced, TOPIC));
        double produceSeconds = seconds(firstSend, lastAck);
        out.append("  %-48s %d events in %.3f s = %.0f events/s%n".formatted("producer (first send -> last ack)",
                produced, produceSeconds, produced / produceSeconds));
        int count = received.size();
        if (count < produced) {
            out.append("  only %d of %d events reached the inbox within %d s%n".formatted(count, produced, timeout.toSeconds()));
        }
        if (count == 0) {
            return out.toString();
        }
        Instant first = received.get(0);
        Instant last = received.get(count - 1);
        double drainSeconds = seconds(first, last);
        out.append("  %-48s %d, first %s, last %s%n".formatted("received (inbox_event.received_at)", count, first, last));
        out.append("  %-48s %.0f events/s ((count - 1) / %.3f s)%n".formatted("drain rate", (count - 1) / drainSeconds,
                drainSeconds));
        if (count >= 10) {
            int from = count / 10;
            int to = count - 1 - count / 10;
            out.append("  %-48s %.0f events/s%n".formatted("drain rate, middle 80% of events",
                    (to - from) / seconds(received.get(from), received.get(to))));
        }
        long byLastAck = received.stream().filter(at -> !at.isAfter(lastAck)).count();
        out.append("  %-48s %d events (%d received by then)%n".formatted("backlog at the last ack", produced - byLastAck,
                byLastAck));
        out.append("  %-48s %.3f s%n".formatted("first send -> first received", seconds(firstSend, first)));
        out.append("  %-48s %.3f s%n".formatted("last ack -> last received (lag)", seconds(lastAck, last)));
        out.append("  %-48s %d of %d%n".formatted("referrals linked (linked_referral)", linked, produced));
        return out.toString();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
