package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.CloudEventHeaders;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.testapp.ExampleConsumer;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class TracingAndMetricsTest {

    private static final String TOPIC = "kit-test.examples";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    ExampleConsumer consumer;

    @Inject
    Tracer tracer;

    @Inject
    MeterRegistry registry;

    private static OutgoingEvent event(String key) {
        return new OutgoingEvent(TOPIC, key, "structured-interventions.example.happened", key, Map.of("action", "count"));
    }

    private String stored(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult());
    }

    @Nested
    class Trace_context {

        @Test
        void an_event_written_in_a_traced_request_reaches_kafka_and_the_consumer_in_the_same_trace() {
            String key = "traced-" + UUID.randomUUID();
            Span request = tracer.spanBuilder("a request").startSpan();
            String traceId = request.getSpanContext().getTraceId();
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                UUID id;
                try (Scope scope = request.makeCurrent()) {
                    id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(event(key)));
                } finally {
                    request.end();
                }

                // The row keeps the writing request's context ...
                String written = stored("SELECT traceparent FROM outbox_event WHERE id = :id", id);
                assertThat(written).isEqualTo("00-" + traceId + "-" + request.getSpanContext().getSpanId() + "-00");

                // ... the record carries the same trace, from the relay's own span, a child of the request's ...
                ConsumerRecord<String, String> record = probe.await(
                        received -> received.stream().anyMatch(r -> key.equals(r.key())), WAIT).stream()
                        .filter(r -> key.equals(r.key())).findFirst().orElseThrow();
                Matcher sent = TRACEPARENT.matcher(String.valueOf(header(record, "traceparent")));
                assertThat(sent.matches()).as(header(record, "traceparent")).isTrue();
                assertThat(sent.group(1)).isEqualTo(traceId);
                assertThat(sent.group(2)).isNotEqualTo(request.getSpanContext().getSpanId());

                // ... and the consumer handles it in that trace, its inbox row keeping the traceparent it arrived with.
                Eventually.until("the event is handled", WAIT, () -> consumer.handled().contains(id.toString()));
                assertThat(consumer.traceIdOf(id.toString())).isEqualTo(traceId);
                assertThat(stored("SELECT traceparent FROM inbox_event WHERE event_id = :id", id.toString()))
                        .isEqualTo(header(record, "traceparent"));
            }
        }

        @Test
        void an_event_written_outside_any_trace_is_sent_with_no_trace_context() {
            String key = "untraced-" + UUID.randomUUID();
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(event(key)));

                assertThat(stored("SELECT traceparent FROM outbox_event WHERE id = :id", id)).isNull();
                ConsumerRecord<String, String> record = probe.await(
                        received -> received.stream().anyMatch(r -> key.equals(r.key())), WAIT).stream()
                        .filter(r -> key.equals(r.key())).findFirst().orElseThrow();
                assertThat(header(record, "traceparent")).isNull();
                assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(id.toString());
            }
        }
    }

    @Nested
    class Metrics {

        @Test
        void count_what_the_relay_publishes_time_its_batches_and_count_what_the_consumer_handles() {
            String before = metrics();
            String key = "counted-" + UUID.randomUUID();
            UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(event(key)));
            Eventually.until("the event is handled", WAIT, () -> consumer.handled().contains(id.toString()));

            Eventually.until("the counters have moved", WAIT, () -> {
                String after = metrics();
                return value(after, "structured_interventions_outbox_published_total")
                        > value(before, "structured_interventions_outbox_published_total")
                        && value(after, "structured_interventions_outbox_relay_batch_seconds_count", "outcome=\"published\"")
                        > value(before, "structured_interventions_outbox_relay_batch_seconds_count", "outcome=\"published\"")
                        && value(after, "structured_interventions_inbox_handled_total", "channel=\"examples\"",
                                "consumer=\"example-consumer\"")
                        > value(before, "structured_interventions_inbox_handled_total", "channel=\"examples\"",
                                "consumer=\"example-consumer\"");
            });
            String after = metrics();
            assertThat(after).contains("structured_interventions_outbox_relay_batch_seconds_bucket{",
                    "structured_interventions_outbox_pending ", "structured_interventions_outbox_oldest_pending_age_seconds ",
                    "structured_interventions_outbox_relay_failures_total", "agroal_active_count",
                    "kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-examples\"",
                    "kafka_producer_record_send_total{client_id=\"service-kit-test-outbox-relay\"");
        }

        @Test
        void show_how_many_events_wait_in_the_outbox_and_how_old_the_oldest_is() {
            relay.stop();
            UUID id = UUID.randomUUID();
            try {
                QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (id, topic, event_key, event_type, source, occurred_at, payload)
                        VALUES (:id, :topic, 'waiting', 'structured-interventions.example.happened', 'urn:test', :at, '{}')""")
                        .setParameter("id", id).setParameter("topic", TOPIC)
                        .setParameter("at", OffsetDateTime.now().minusHours(1)).executeUpdate());

                String waiting = metrics();
                assertThat(value(waiting, "structured_interventions_outbox_pending")).isGreaterThanOrEqualTo(1);
                assertThat(value(waiting, "structured_interventions_outbox_oldest_pending_age_seconds"))
                        .isGreaterThanOrEqualTo(3600);
            } finally {
                relay.start();
                relay.wake();
            }
            Eventually.until("the waiting event is published and the gauges fall", WAIT,
                    () -> value(metrics(), "structured_interventions_outbox_oldest_pending_age_seconds") < 3600);
        }

        @Test
        void label_no_request_by_its_raw_path_and_never_carry_a_crn() {
            String reader = LocalTokens.token("A_USER", List.of("ROLE_STRUCTURED_INTERVENTIONS__READ_ONLY"));
            given().auth().oauth2(reader).get("/examples/X123456").then().statusCode(404);
            given().get("/examples/X234567").then().statusCode(401);
            given().auth().oauth2(reader).get("/nothing-here/X345678/readiness").then().statusCode(404);
            given().auth().oauth2(reader).get("/examples/search?size=1000&crn=X456789").then().statusCode(400);
            // A meter registered by mistake with a CRN in a label.
            registry.counter("structured_interventions.kit.test.mistake", "person", "X567890").increment();

            String metrics = metrics();
            assertThat(metrics).contains("http_server_requests_seconds_bucket{", "uri=\"/examples/{id}\"",
                    "structured_interventions_kit_test_mistake_total{person=\"REDACTED\"");
            Matcher crn = Pattern.compile("\\{[^}\\n]*(?<![A-Za-z0-9])[A-Z][0-9]{6}(?![0-9])[^}\\n]*}").matcher(metrics);
            assertThat(crn.find()).as(crn.find(0) ? crn.group() : "no CRN in any label").isFalse();
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the samples of a metric whose labels contain every fragment (0 when there is none). */
    static double value(String metrics, String name, String... labelFragments) {
        double sum = 0;
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)").matcher(metrics);
        while (line.find()) {
            String labels = line.group(1) == null ? "" : line.group(1);
            boolean all = true;
            for (String fragment : labelFragments) {
                all &= labels.contains(fragment);
            }
            if (all) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
