package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks event payloads against the JSON Schemas in {@code docs/events}, the contract other teams read. Schemas may
 * refer to each other by relative file name.
 */
public final class EventSchemas {

    private static final String TYPE_PREFIX = "structured-interventions.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * The file in {@code docs/events} that describes events of the type:
     * {@code structured-interventions.referral.submitted} is described by {@code referral-submitted.schema.json}.
     */
    public static String fileFor(String type) {
        if (type == null || !type.startsWith(TYPE_PREFIX)) {
            throw new IllegalArgumentException("not a structured-interventions event type: " + type);
        }
        return type.substring(TYPE_PREFIX.length()).replace('.', '-') + ".schema.json";
    }

    /** @throws AssertionError listing what breaks the schema of the event's type ({@code ce_type}) */
    public static void assertValidEvent(ConsumerRecord<String, String> event) {
        assertValid(fileFor(TopicProbe.header(event, EventFeed.Attribute.TYPE.header())), event.value());
    }

    /** What in {@code json} breaks the schema in {@code docs/events/<file>}; empty when it is valid. */
    public static Set<String> problems(String file, String json) {
        try {
            return problems(file, JSON.readTree(json));
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
    }

    public static Set<String> problems(String file, JsonNode data) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(file, EventSchemas::load);
        return schema.validate(data).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** @throws AssertionError listing what breaks the schema */
    public static void assertValid(String file, String json) {
        Set<String> problems = problems(file, json);
        if (!problems.isEmpty()) {
            throw new AssertionError("event does not match docs/events/" + file + ": " + problems + "\n" + json);
        }
    }

    private static JsonSchema load(String file) {
        Path path = eventsDirectory().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no event schema " + path);
        }
        return FACTORY.getSchema(SchemaLocation.of(path.toUri().toString()));
    }

    /** {@code docs/events} of the repository the tests run in, found from the working directory upwards. */
    static Path eventsDirectory() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path events = directory.resolve("docs").resolve("events");
            if (Files.isDirectory(events)) {
                return events;
            }
        }
        throw new UncheckedIOException(new IOException("no docs/events directory above " + Path.of("").toAbsolutePath()));
    }
}
