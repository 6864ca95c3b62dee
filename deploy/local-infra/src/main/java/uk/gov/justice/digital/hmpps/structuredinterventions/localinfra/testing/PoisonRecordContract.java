package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves, against the real broker, that every channel a service consumes sends a record it cannot handle to its
 * dead-letter topic and goes on with the next record, as docs/operations.md ("Dead-letter handling") says. For each
 * channel the service's test names, the contract publishes one kind of poison at a time, followed on the same
 * partition (the same key) by a valid event, and checks:
 * <ul>
 *   <li>the poison arrives on the channel's dead-letter topic exactly once, with the original key, value and headers;
 *   </li>
 *   <li>it carries {@code dead-letter-reason} and {@code dead-letter-exception-class-name}, and
 *   {@code dead-letter-topic}, {@code dead-letter-partition} and {@code dead-letter-offset} name exactly where it was
 *   published;</li>
 *   <li>neither the reason nor the cause repeats the person's CRN or the free text the record held (the reason is for
 *   operators; the record itself is on the topic for whoever may read it);</li>
 *   <li>the valid event after it is handled (the consumer went on; nothing was lost or blocked);</li>
 *   <li>the inbox holds no row for the poison, and the consumer did not retry it (poison is never retried).</li>
 * </ul>
 * The kinds every channel gets: a value that is not JSON, no {@code ce_id}, no {@code ce_type}, no {@code ce_source},
 * and an unreadable {@code ce_time}. Each channel adds the events of a handled type whose data its handler refuses
 * (no valid CRN, a required field missing, a field of the wrong type). Extend it in a {@code @QuarkusTest} of each
 * service that consumes.
 */
public abstract class PoisonRecordContract {

    /**
     * Free text about a person, as a handler might be tempted to quote it: a poison record may carry it, and no
     * dead-letter reason may repeat it.
     */
    public static final String PERSONAL_TEXT = "Lives at 12 Poison Street with Jane Example";

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> WHERE_FROM = List.of("dead-letter-topic", "dead-letter-partition",
            "dead-letter-offset");

    /**
     * A channel the service consumes.
     *
     * @param channel its messaging channel ({@code @Incoming} name), which labels the inbox's metrics
     * @param topic the topic it reads
     * @param deadLetterTopic where its failed records go ({@code <topic>.<service>.dlq})
     * @param consumer its name in the inbox
     * @param handledType an event type its handler acts on; the header poisons carry it
     * @param next makes a valid event, not yet sent: the contract puts each poison before it, under its key
     * @param poisons events of a handled type whose data the handler refuses, each made for the key
     */
    public record Channel(String channel, String topic, String deadLetterTopic, String consumer, String handledType,
            Supplier<ValidEvent> next, List<Poison> poisons) {
    }

    /** A valid event, not yet sent: its record key, and what sends it (returning its event id). */
    public record ValidEvent(String key, Supplier<String> send) {
    }

    /**
     * An event of a handled type whose data the handler cannot use.
     *
     * @param what the poison in words, for the test's name
     * @param type its {@code ce_type}
     * @param value its value, made for the record's key (a person event names the key's CRN in it)
     * @param breaksSchema whether it breaks the type's JSON Schema, as most poison does (the contract checks it, so a
     *        poison test cannot pass on a healthy event); false for data the schema cannot refuse but the handler
     *        must (a session that ends before it starts, say)
     */
    public record Poison(String what, String type, Function<String, String> value, boolean breaksSchema) {

        /** Poison that breaks the type's schema. */
        public Poison(String what, String type, Function<String, String> value) {
            this(what, type, value, true);
        }
    }

    /** The channels the service consumes: every one of them. */
    protected abstract List<Channel> channels();

    @TestFactory
    Stream<DynamicNode> every_poison_record_is_dead_lettered_saying_why_and_where_from_and_the_consumer_goes_on() {
        List<Channel> channels = channels();
        assertFalse(channels.isEmpty(), "the service names no consumed channel: nothing would be checked");
        return channels.stream().map(channel -> DynamicContainer.dynamicContainer(
                channel.channel() + " (" + channel.topic() + " to " + channel.deadLetterTopic() + ")",
                kinds(channel).stream().map(kind -> DynamicTest.dynamicTest(kind.what(),
                        () -> check(channel, kind)))));
    }

    /** One kind of poison: how to make its record for a key. */
    private record Kind(String what, Function<String, ProducerRecord<String, String>> record, boolean hasId) {
    }

    private List<Kind> kinds(Channel channel) {
        List<Kind> kinds = new ArrayList<>();
        String type = channel.handledType();
        kinds.add(new Kind("a value that is not JSON", key -> record(channel.topic(), key,
                key + " told us: " + PERSONAL_TEXT, Map.of(EventFeed.Attribute.TYPE, type)), true));
        kinds.add(new Kind("no ce_id", key -> without(record(channel.topic(), key, personJson(key),
                Map.of(EventFeed.Attribute.TYPE, type)), EventFeed.Attribute.ID), false));
        kinds.add(new Kind("no ce_type", key -> without(record(channel.topic(), key, personJson(key),
                Map.of(EventFeed.Attribute.TYPE, type)), EventFeed.Attribute.TYPE), true));
        kinds.add(new Kind("no ce_source", key -> without(record(channel.topic(), key, personJson(key),
                Map.of(EventFeed.Attribute.TYPE, type)), EventFeed.Attribute.SOURCE), true));
        kinds.add(new Kind("an unreadable ce_time", key -> record(channel.topic(), key, personJson(key),
                Map.of(EventFeed.Attribute.TYPE, type, EventFeed.Attribute.TIME, "last Tuesday")), true));
        for (Poison poison : channel.poisons()) {
            kinds.add(new Kind(poison.type() + " " + poison.what(), key -> {
                String value = poison.value().apply(key);
                boolean valid = EventSchemas.problems(EventSchemas.fileFor(poison.type()), value).isEmpty();
                if (valid == poison.breaksSchema()) {
                    throw new AssertionError((valid ? "meant as poison but valid against docs/events/"
                            : "meant as poison the schema allows but invalid against docs/events/")
                            + EventSchemas.fileFor(poison.type()) + ": " + value);
                }
                return record(channel.topic(), key, value, Map.of(EventFeed.Attribute.TYPE, poison.type()));
            }, true));
        }
        return kinds;
    }

    private void check(Channel channel, Kind kind) {
        ValidEvent next = channel.next().get();
        String key = next.key();
        ProducerRecord<String, String> poison = kind.record().apply(key);
        double retriesBefore = counter("structured_interventions_inbox_retries_total", channel, null);
        double poisonBefore = counter("structured_interventions_inbox_dead_lettered_total", channel, "poison");
        ConsumerRecord<String, String> dead;
        String nextId;
        RecordMetadata sent;
        try (TopicProbe deadLetters = TopicProbe.open(channel.deadLetterTopic())) {
            sent = TopicProbe.send(poison);
            nextId = next.send().get();
            List<ConsumerRecord<String, String>> arrived = deadLetters.await(
                    received -> received.stream().anyMatch(r -> from(r, sent)), WAIT);
            // The next event is handled after the poison (same partition); by then any second try would have shown.
            TestDatabase.awaitHandled(nextId);
            List<ConsumerRecord<String, String>> all = deadLetters.drain(Duration.ofMillis(300));
            assertEquals(1, all.stream().filter(r -> from(r, sent)).count(),
                    "the poison reached " + channel.deadLetterTopic() + " exactly once");
            dead = arrived.stream().filter(r -> from(r, sent)).findFirst().orElseThrow();
        }

        assertEquals(key, dead.key(), "the dead-letter record has the original key");
        assertEquals(poison.value(), dead.value(), "the dead-letter record has the original value");
        for (Header header : poison.headers()) {
            assertEquals(new String(header.value(), StandardCharsets.UTF_8), TopicProbe.header(dead, header.key()),
                    "the dead-letter record keeps the original header " + header.key());
        }
        assertEquals(channel.topic(), TopicProbe.header(dead, "dead-letter-topic"), "dead-letter-topic");
        assertEquals(String.valueOf(sent.partition()), TopicProbe.header(dead, "dead-letter-partition"),
                "dead-letter-partition");
        assertEquals(String.valueOf(sent.offset()), TopicProbe.header(dead, "dead-letter-offset"),
                "dead-letter-offset");
        String reason = TopicProbe.header(dead, "dead-letter-reason");
        assertNotNull(reason, "the dead-letter record says why (dead-letter-reason)");
        assertFalse(reason.isBlank(), "dead-letter-reason is not blank");
        assertNotNull(TopicProbe.header(dead, "dead-letter-exception-class-name"),
                "the dead-letter record names the exception (dead-letter-exception-class-name)");
        assertTrue(TopicProbe.header(dead, "dead-letter-exception-class-name").endsWith(".PoisonEventException"),
                () -> "a poison record is refused as poison, not failed: "
                        + TopicProbe.header(dead, "dead-letter-exception-class-name") + ": " + reason);
        for (String header : List.of("dead-letter-reason", "dead-letter-cause")) {
            String text = TopicProbe.header(dead, header);
            if (text != null) {
                assertFalse(text.contains(key), () -> header + " repeats the record's key: " + text);
                assertFalse(text.contains(PERSONAL_TEXT) || text.contains("Jane Example"),
                        () -> header + " repeats the person's details the record held: " + text);
            }
        }

        Header idHeader = poison.headers().lastHeader(EventFeed.Attribute.ID.header());
        String poisonId = idHeader == null ? null : new String(idHeader.value(), StandardCharsets.UTF_8);
        if (kind.hasId()) {
            assertEquals("0", TestDatabase.queryForText(
                    "SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ?", channel.consumer(),
                    poisonId), "the inbox has no row for the poison");
        }
        assertTrue(TestDatabase.handled(nextId), "the event after the poison was handled: the consumer went on");
        assertEquals(retriesBefore, counter("structured_interventions_inbox_retries_total", channel, null),
                "the poison was not retried");
        assertEquals(poisonBefore + 1, counter("structured_interventions_inbox_dead_lettered_total", channel, "poison"),
                "the inbox counted one poison record dead-lettered");
    }

    private static boolean from(ConsumerRecord<String, String> dead, RecordMetadata sent) {
        return sent.topic().equals(TopicProbe.header(dead, "dead-letter-topic"))
                && String.valueOf(sent.partition()).equals(TopicProbe.header(dead, "dead-letter-partition"))
                && String.valueOf(sent.offset()).equals(TopicProbe.header(dead, "dead-letter-offset"));
    }

    /** The sum of a counter of the consumer's in the service's Prometheus metrics, 0 when it has not counted yet. */
    private static double counter(String name, Channel channel, String cause) {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") && line.contains("consumer=\"" + channel.consumer() + "\"")
                    && (cause == null || line.contains("cause=\"" + cause + "\""))) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** A record with every header the outbox relay writes, the given ones replaced. */
    private static ProducerRecord<String, String> record(String topic, String key, String value,
            Map<EventFeed.Attribute, String> attributes) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        for (EventFeed.Attribute attribute : EventFeed.Attribute.values()) {
            String given = attributes.get(attribute);
            String header = given != null ? given : switch (attribute) {
                case SPECVERSION -> EventFeed.SPEC_VERSION_1_0;
                case ID -> UUID.randomUUID().toString();
                case SOURCE -> EventFeed.SOURCE_OF_TESTS;
                case TIME -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC));
                case TYPE, SUBJECT -> null;
            };
            if (header != null) {
                record.headers().add(attribute.header(), header.getBytes(StandardCharsets.UTF_8));
            }
        }
        record.headers().add(EventFeed.CONTENT_TYPE, EventFeed.JSON.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ProducerRecord<String, String> without(ProducerRecord<String, String> record,
            EventFeed.Attribute attribute) {
        record.headers().remove(attribute.header());
        return record;
    }

    /** JSON naming the key as the person's CRN, with free text about them: only the headers are wrong. */
    private static String personJson(String key) {
        return "{\"personReference\":{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + key + "\"}]},\"notes\":\""
                + PERSONAL_TEXT + "\"}";
    }
}
