package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";

    private static Span span(String spanId) {
        return Span.wrap(SpanContext.create(TRACE_ID, spanId, TraceFlags.getSampled(), TraceState.getDefault()));
    }

    @Test
    void the_current_span_is_stored_as_a_w3c_traceparent() {
        try (Scope scope = span(SPAN_ID).makeCurrent()) {
            assertThat(TraceContext.current()).isEqualTo(new TraceContext.Stored(TRACEPARENT, null));
        }
    }

    @Test
    void nothing_is_stored_when_nothing_is_traced() {
        assertThat(TraceContext.current()).isEqualTo(TraceContext.Stored.NONE);
    }

    @Test
    void a_stored_traceparent_is_read_back_as_the_parent_context() {
        SpanContext parent = Span.fromContext(TraceContext.from(new TraceContext.Stored(TRACEPARENT, null))).getSpanContext();
        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(parent.isRemote()).isTrue();
    }

    @Test
    void a_malformed_or_missing_traceparent_gives_the_root_context() {
        assertThat(TraceContext.from(new TraceContext.Stored("not-a-traceparent", null))).isEqualTo(Context.root());
        assertThat(TraceContext.from(TraceContext.Stored.NONE)).isEqualTo(Context.root());
        assertThat(TraceContext.from(new RecordHeaders())).isEqualTo(Context.root());
    }

    @Test
    void injecting_replaces_any_trace_headers_a_record_already_has() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-ffffffffffffffffffffffffffffffff-ffffffffffffffff-01".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", "kept".getBytes(StandardCharsets.UTF_8));

        TraceContext.inject(Context.root().with(span("1111111111111111")), headers);

        assertThat(headers.headers("traceparent")).hasSize(1);
        assertThat(TraceContext.stored(headers).traceparent()).isEqualTo("00-" + TRACE_ID + "-1111111111111111-01");
        assertThat(new String(headers.lastHeader("ce_id").value(), StandardCharsets.UTF_8)).isEqualTo("kept");
    }
}
