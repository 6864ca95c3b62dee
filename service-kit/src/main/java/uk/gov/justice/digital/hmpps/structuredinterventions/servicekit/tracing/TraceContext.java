package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.MDC;

/**
 * W3C trace context (<a href="https://www.w3.org/TR/trace-context/">traceparent and tracestate</a>) as the kit keeps
 * it: in outbox and inbox rows, and in Kafka record headers. Always the W3C format, whatever other propagators a
 * service configures, so a row written by one service is read the same way by every other.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final String TRACE_ID = "traceId";
    private static final String SPAN_ID = "spanId";

    /** A stored trace context: {@code traceparent} is null when nothing was being traced. */
    public record Stored(String traceparent, String tracestate) {
        public static final Stored NONE = new Stored(null, null);
    }

    private TraceContext() {
    }

    /** The trace context of the current span, for storing; {@link Stored#NONE} when there is no valid span. */
    public static Stored current() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.containsKey(TRACEPARENT) ? new Stored(carrier.get(TRACEPARENT), carrier.get(TRACESTATE)) : Stored.NONE;
    }

    /** The context a stored trace context names, or the root context when there is none or it is malformed. */
    public static Context from(Stored stored) {
        if (stored == null || stored.traceparent() == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, stored.traceparent());
        if (stored.tracestate() != null) {
            carrier.put(TRACESTATE, stored.tracestate());
        }
        return W3C.extract(Context.root(), carrier, MapGetter.INSTANCE);
    }

    /** The context a Kafka record's {@code traceparent} and {@code tracestate} headers name, or the root context. */
    public static Context from(Headers headers) {
        return from(stored(headers));
    }

    /** The trace context a Kafka record carries in its headers. */
    public static Stored stored(Headers headers) {
        return new Stored(header(headers, TRACEPARENT), header(headers, TRACESTATE));
    }

    /** Sets {@code traceparent} (and {@code tracestate}) headers naming the span in {@code context}, replacing any. */
    public static void inject(Context context, Headers headers) {
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        W3C.inject(context, headers, (carrier, name, value) -> carrier.add(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Puts the span's {@code traceId} and {@code spanId} in the logging MDC while the returned handle is open, so every
     * log line written meanwhile names the trace, on any thread; closing it puts back what was there.
     */
    public static Logged logged(Span span) {
        SpanContext context = span.getSpanContext();
        Object traceBefore = MDC.get(TRACE_ID);
        Object spanBefore = MDC.get(SPAN_ID);
        if (context.isValid()) {
            MDC.put(TRACE_ID, context.getTraceId());
            MDC.put(SPAN_ID, context.getSpanId());
        }
        return () -> {
            restore(TRACE_ID, traceBefore);
            restore(SPAN_ID, spanBefore);
        };
    }

    /** An open {@link #logged} scope. */
    public interface Logged extends AutoCloseable {
        @Override
        void close();
    }

    private static void restore(String name, Object before) {
        if (before == null) {
            MDC.remove(name);
        } else {
            MDC.put(name, before);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
