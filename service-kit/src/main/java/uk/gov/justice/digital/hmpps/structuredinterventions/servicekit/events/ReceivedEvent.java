package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** An event read from Kafka: its CloudEvents attributes, where it was read from, and its JSON data. */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        OffsetDateTime time,
        String subject,
        String key,
        String topic,
        int partition,
        long offset,
        JsonNode data) {

    /**
     * Reads a binary-mode CloudEvent from a Kafka record.
     *
     * @throws PoisonEventException when a required attribute is missing or the data is not JSON
     */
    public static ReceivedEvent from(ConsumerRecord<String, String> record, ObjectMapper json) {
        Headers headers = record.headers();
        String id = required(headers, CloudEventHeaders.ID, record);
        String type = required(headers, CloudEventHeaders.TYPE, record);
        String source = required(headers, CloudEventHeaders.SOURCE, record);
        String time = header(headers, CloudEventHeaders.TIME);
        OffsetDateTime occurred;
        try {
            occurred = time == null ? null : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("event " + id + " has a ce_time that is not RFC 3339");
        }
        if (record.value() == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = json.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event " + id + " data is not JSON" + where(e));
        }
        return new ReceivedEvent(id, type, source, occurred, header(headers, CloudEventHeaders.SUBJECT), record.key(),
                record.topic(), record.partition(), record.offset(), data);
    }

    /**
     * Reads the data as the given type.
     *
     * @throws PoisonEventException when the data does not fit the type; its message names the field and what is
     *         wrong with it, never the value (it goes to the dead-letter topic as the reason, and the value may be a
     *         person's details)
     */
    public <T> T dataAs(Class<T> type, ObjectMapper json) {
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event " + id + " of type " + this.type + " does not match "
                    + type.getSimpleName() + ": " + what(e));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event " + id + " of type " + this.type + " does not match "
                    + type.getSimpleName());
        }
    }

    /**
     * What is wrong with data Jackson could not read, by field and kind, without the value. Jackson's own messages
     * quote the value (and a parse error the text around it), so neither they nor the exception go on as the cause:
     * the dead-letter topic would carry them as {@code dead-letter-cause}.
     */
    static String what(JsonProcessingException e) {
        String kind;
        if (e instanceof UnrecognizedPropertyException) {
            kind = "an unknown field";
        } else if (e instanceof InvalidFormatException) {
            kind = "a value of the wrong form";
        } else if (e instanceof MismatchedInputException) {
            kind = "a value of the wrong type";
        } else if (e instanceof JsonMappingException) {
            kind = "a value it cannot take";
        } else {
            return "not JSON" + where(e);
        }
        String path = ((JsonMappingException) e).getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : reference.getIndex() >= 0 ? "[" + reference.getIndex() + "]" : "?")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        return kind + (path.isEmpty() ? "" : " at " + path);
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /**
     * The CRN the event's {@code personReference} names.
     *
     * @throws PoisonEventException when there is no reference or it names no valid CRN: retrying cannot help
     */
    public String crnOf(PersonReference reference) {
        String crn = reference == null ? null : reference.findCrn().orElse(null);
        if (crn == null || !crn.matches(PersonReference.CRN_PATTERN)) {
            throw new PoisonEventException("event " + id + " names no valid CRN in personReference");
        }
        return crn;
    }

    private static String required(Headers headers, String name, ConsumerRecord<String, String> record) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has no " + name + " header: it is not a CloudEvent");
        }
        return value;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
