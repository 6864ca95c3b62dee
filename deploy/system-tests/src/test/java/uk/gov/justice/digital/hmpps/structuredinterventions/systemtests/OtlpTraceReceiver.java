package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver on the loopback address, standing in for the collector a deployment names: the services
 * export their spans to it as they would in production ({@code http/protobuf}), and tests read which service made which
 * span in which trace. It decodes only what tests look at (the resource's {@code service.name}, and each span's trace
 * id, span id, parent and name) from the protobuf wire format of {@code ExportTraceServiceRequest}.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One span a service exported. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpTraceReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpTraceReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpTraceReceiver receiver = new OtlpTraceReceiver(server);
            server.createContext("/", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint to give the services ({@code quarkus.otel.exporter.otlp.traces.endpoint}). */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                spans.addAll(decodeRequest(body));
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    // --- ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; } --------------------------------------

    static List<ReceivedSpan> decodeRequest(byte[] request) {
        List<ReceivedSpan> decoded = new ArrayList<>();
        for (Field resourceSpans : fields(request)) {
            if (resourceSpans.number == 1) {
                decodeResourceSpans(resourceSpans.bytes, decoded);
            }
        }
        return decoded;
    }

    /** ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; } */
    private static void decodeResourceSpans(byte[] message, List<ReceivedSpan> into) {
        String service = null;
        List<byte[]> scopes = new ArrayList<>();
        for (Field field : fields(message)) {
            if (field.number == 1) {
                service = serviceName(field.bytes);
            } else if (field.number == 2) {
                scopes.add(field.bytes);
            }
        }
        for (byte[] scope : scopes) {
            // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
            for (Field field : fields(scope)) {
                if (field.number == 2) {
                    into.add(span(service, field.bytes));
                }
            }
        }
    }

    /** Resource { repeated KeyValue attributes = 1; }, KeyValue { string key = 1; AnyValue value = 2; } */
    private static String serviceName(byte[] resource) {
        for (Field attribute : fields(resource)) {
            if (attribute.number != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : fields(attribute.bytes)) {
                if (part.number == 1) {
                    key = new String(part.bytes, StandardCharsets.UTF_8);
                } else if (part.number == 2) {
                    // AnyValue { string string_value = 1; ... }
                    for (Field any : fields(part.bytes)) {
                        if (any.number == 1 && any.bytes != null) {
                            value = new String(any.bytes, StandardCharsets.UTF_8);
                        }
                    }
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return null;
    }

    /** Span { bytes trace_id = 1; bytes span_id = 2; string trace_state = 3; bytes parent_span_id = 4; string name = 5; } */
    private static ReceivedSpan span(String service, byte[] span) {
        String traceId = null;
        String spanId = null;
        String parent = "";
        String name = null;
        for (Field field : fields(span)) {
            switch (field.number) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes);
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes);
                case 4 -> parent = HexFormat.of().formatHex(field.bytes);
                case 5 -> name = new String(field.bytes, StandardCharsets.UTF_8);
                default -> {
                }
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name);
    }

    // --- the protobuf wire format ----------------------------------------------------------------------------------

    /** One field of a message: its number, and its bytes when it is length-delimited (else null). */
    private record Field(int number, byte[] bytes) {
    }

    private static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            long tag = varint(message, at);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> {
                    varint(message, at);
                    fields.add(new Field(number, null));
                }
                case 1 -> {
                    at[0] += 8;
                    fields.add(new Field(number, null));
                }
                case 2 -> {
                    int length = (int) varint(message, at);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream(length);
                    bytes.write(message, at[0], length);
                    at[0] += length;
                    fields.add(new Field(number, bytes.toByteArray()));
                }
                case 5 -> {
                    at[0] += 4;
                    fields.add(new Field(number, null));
                }
                default -> throw new IllegalArgumentException("unsupported protobuf wire type in field " + number);
            }
        }
        return fields;
    }

    private static long varint(byte[] message, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = message[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
