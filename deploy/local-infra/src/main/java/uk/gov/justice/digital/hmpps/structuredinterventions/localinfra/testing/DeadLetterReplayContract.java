package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dead-letter endpoints of a consuming service, for one of its channels: a record the consumer gave up on is
 * listed without its key or value; replaying it applies its effect once, and replaying it again changes nothing; only
 * the operations role may do either. Extend it in a {@code @QuarkusTest} of each service, once per channel.
 *
 * <p>The replayed record is written to the dead-letter topic as the connector writes one (the original key, value and
 * headers, and the {@code dead-letter-*} headers), standing for an event whose handling failed for a cause since
 * fixed (the database was down, say): its effect is valid, and it has never been applied.
 */
public abstract class DeadLetterReplayContract {

    /** The operations role (the kit's {@code Roles.OPERATIONS}, which this module cannot see). */
    protected static final String OPERATIONS = "ROLE_STRUCTURED_INTERVENTIONS__OPERATIONS";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The value of each record the tests dead-lettered, by event id. */
    private final Map<String, String> values = new ConcurrentHashMap<>();

    /** The consumer's messaging channel. */
    protected abstract String channel();

    /** The topic the channel reads. */
    protected abstract String topic();

    /** The channel's dead-letter topic. */
    protected abstract String deadLetterTopic();

    /** The type of the event the tests dead-letter and replay, one the consumer acts on. */
    protected abstract String eventType();

    /** The data of a valid event of {@link #eventType} about the person, which has an effect on them. */
    protected abstract Map<String, Object> eventData(String crn);

    /** The type of the poison event the listing test sends; {@link #eventType} unless the service says otherwise. */
    protected String poisonType() {
        return eventType();
    }

    /** Data of {@link #poisonType} about the person that breaks its schema, so that the consumer dead-letters it. */
    protected abstract String poisonData(String crn);

    /** How many times the event's effect shows on the person (rows it made, say): 0 before, 1 once applied. */
    protected abstract long effects(String crn);

    /** A role of the service that is not the operations role. */
    protected abstract String anotherRole();

    private String path() {
        return "/dead-letters/" + channel();
    }

    private static RequestSpecification operator() {
        return RoleTokens.as(OPERATIONS);
    }

    @Nested
    class Listing {

        @Test
        void a_record_the_consumer_gave_up_on_is_listed_without_its_key_or_value() {
            String crn = Crns.random();
            String poison = poisonData(crn);
            String id = EventFeed.sendPoison(topic(), crn, poisonType(), poison);

            Map<String, Object> listed = awaitListed(id);

            assertEquals(poisonType(), listed.get("eventType"));
            assertEquals(EventFeed.SOURCE_OF_TESTS, listed.get("eventSource"));
            assertEquals(topic(), listed.get("topic"));
            assertEquals(true, listed.get("replayable"));
            assertTrue(((String) listed.get("exceptionClass")).endsWith("PoisonEventException"), listed.toString());
            String reason = (String) listed.get("reason");
            assertTrue(reason != null && !reason.isBlank() && !reason.contains(crn), "reason: " + reason);
            for (String member : List.of("partition", "offset", "deadLetteredAt", "originalPartition",
                    "originalOffset", "eventTime")) {
                assertTrue(listed.get(member) != null, member + " is listed: " + listed);
            }
            String page = operator().get(path() + "?size=100&page=" + pageOf(id)).then().statusCode(200).extract()
                    .asString();
            assertFalse(page.contains(crn), "the page names no person");
            assertFalse(page.contains(poison), "the page holds no event data");
        }

        @Test
        void an_unknown_channel_is_not_found() {
            operator().get("/dead-letters/no-such-channel").then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
        }

        @Test
        void another_role_is_refused() {
            RoleTokens.as(anotherRole()).get(path()).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"));
        }
    }

    @Nested
    class Replaying {

        @Test
        void a_replayed_record_is_applied_once_and_replaying_it_again_changes_nothing() {
            String crn = Crns.random();
            String id = deadLettered(crn, topic());
            Map<String, Object> listed = awaitListed(id);
            assertEquals(0, effects(crn), "the record was never applied");

            try (TopicProbe original = TopicProbe.open(topic())) {
                replay(listed).then().statusCode(202)
                        .body("channel", is(channel()))
                        .body("deadLetterTopic", is(deadLetterTopic()))
                        .body("records", hasSize(1))
                        .body("records[0].eventId", is(id))
                        .body("records[0].topic", is(topic()));

                ConsumerRecord<String, String> replayed = original.await(records -> records.stream()
                        .anyMatch(r -> id.equals(TopicProbe.header(r, "ce_id"))), Duration.ofSeconds(30)).stream()
                        .filter(r -> id.equals(TopicProbe.header(r, "ce_id"))).findFirst().orElseThrow();
                assertEquals(crn, replayed.key(), "the same key");
                assertEquals(values.get(id), replayed.value(), "the same value");
                assertEquals(eventType(), TopicProbe.header(replayed, "ce_type"));
                assertEquals(EventFeed.SOURCE_OF_TESTS, TopicProbe.header(replayed, "ce_source"));
                assertEquals(EventFeed.JSON, TopicProbe.header(replayed, "content-type"));
                for (Header header : replayed.headers()) {
                    assertFalse(header.key().startsWith("dead-letter-"), header.key() + " is dropped");
                }
            }
            TestDatabase.awaitHandled(id);
            Eventually.until("the replayed event's effect shows", () -> effects(crn) == 1);
            double duplicates = duplicates();

            replay(listed).then().statusCode(202).body("records[0].eventId", is(id));

            Eventually.until("the consumer counted the second replay as a duplicate", () -> duplicates() > duplicates);
            assertEquals(1, effects(crn), "the second replay changed nothing");
            assertEquals("1", TestDatabase.queryForText("SELECT count(*) FROM inbox_event WHERE event_id = ?", id));
        }

        @Test
        void a_record_that_names_no_original_topic_is_refused() {
            String crn = Crns.random();
            String id = deadLettered(crn, null);
            Map<String, Object> listed = awaitListed(id);
            assertEquals(false, listed.get("replayable"));

            replay(listed).then().statusCode(422).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", is("offset"));
            assertEquals(0, effects(crn));
        }

        @Test
        void an_offset_the_dead_letter_topic_does_not_hold_is_not_found() {
            operator().body("{\"partition\": 0, \"offset\": 2147483647}").post(path() + "/replays").then()
                    .statusCode(404).contentType(startsWith("application/problem+json"));
        }

        @Test
        void an_unknown_channel_is_not_found() {
            operator().body("{\"partition\": 0, \"offset\": 0}").post("/dead-letters/no-such-channel/replays").then()
                    .statusCode(404).contentType(startsWith("application/problem+json"));
        }

        @Test
        void another_role_is_refused_and_nothing_is_replayed() {
            String crn = Crns.random();
            String id = deadLettered(crn, topic());
            Map<String, Object> listed = awaitListed(id);

            RoleTokens.as(anotherRole()).body(Map.of("partition", listed.get("partition"), "offset",
                    listed.get("offset"))).post(path() + "/replays").then().statusCode(403)
                    .contentType(startsWith("application/problem+json"));
            assertFalse(TestDatabase.handled(id));
        }
    }

    /**
     * Writes a valid event about the person to the dead-letter topic as the connector writes a record it gave up on;
     * {@code from} is its {@code dead-letter-topic} header (none when {@code null}). Returns the event's id.
     */
    private String deadLettered(String crn, String from) {
        String value = json(eventData(crn));
        EventSchemas.assertValid(EventSchemas.fileFor(eventType()), value);
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(deadLetterTopic(), crn, value);
        header(record, EventFeed.Attribute.SPECVERSION.header(), EventFeed.SPEC_VERSION_1_0);
        header(record, EventFeed.Attribute.ID.header(), id);
        header(record, EventFeed.Attribute.TYPE.header(), eventType());
        header(record, EventFeed.Attribute.SOURCE.header(), EventFeed.SOURCE_OF_TESTS);
        header(record, EventFeed.Attribute.TIME.header(), OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, EventFeed.CONTENT_TYPE, EventFeed.JSON);
        if (from != null) {
            header(record, "dead-letter-topic", from);
        }
        header(record, "dead-letter-partition", "0");
        header(record, "dead-letter-offset", "0");
        header(record, "dead-letter-reason", "Unable to acquire JDBC Connection");
        header(record, "dead-letter-exception-class-name", "org.hibernate.exception.JDBCConnectionException");
        TopicProbe.send(record);
        values.put(id, value);
        return id;
    }

    private io.restassured.response.Response replay(Map<String, Object> listed) {
        return operator().body(Map.of("partition", listed.get("partition"), "offset", listed.get("offset")))
                .post(path() + "/replays");
    }

    /** The listing of the event, once the dead-letter topic holds it. */
    private Map<String, Object> awaitListed(String id) {
        Eventually.until("event " + id + " is listed in " + deadLetterTopic(), () -> find(id).isPresent());
        return find(id).orElseThrow();
    }

    private int pageOf(String id) {
        for (int page = 0; ; page++) {
            JsonPath listed = operator().get(path() + "?size=100&page=" + page).then().statusCode(200).extract()
                    .jsonPath();
            if (listed.getList("content.eventId").contains(id)) {
                return page;
            }
            if (page + 1 >= listed.getInt("totalPages")) {
                throw new AssertionError("event " + id + " is not listed");
            }
        }
    }

    private Optional<Map<String, Object>> find(String id) {
        for (int page = 0; ; page++) {
            JsonPath listed = operator().get(path() + "?size=100&page=" + page).then().statusCode(200)
                    .contentType(ContentType.JSON).extract().jsonPath();
            List<Map<String, Object>> content = listed.getList("content");
            for (Map<String, Object> record : content) {
                if (id.equals(record.get("eventId"))) {
                    return Optional.of(record);
                }
            }
            if (page + 1 >= listed.getInt("totalPages")) {
                return Optional.empty();
            }
        }
    }

    /** The duplicates the channel's consumer has counted, from the service's metrics. */
    private double duplicates() {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("structured_interventions_inbox_duplicates_total{")
                        && line.contains("channel=\"" + channel() + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
