package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.json.StrictJson;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;

/**
 * Turns a JSON reading failure into the field it happened at and the rule the value broke, in words a front-end
 * developer can show: {@code needArea} "must be one of: ATB, DA, EM".
 */
public final class JsonErrors {

    public static final String BODY = "body";

    private JsonErrors() {
    }

    /**
     * The field a reading failure happened at and the rule its value broke. The message names the type or rule the
     * field expects and never repeats what was sent: the value may be personal data, or text meant to mislead whoever
     * reads the answer.
     */
    public static FieldError fieldError(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return new FieldError(parseLocation(parse.getProcessor()), "is not valid JSON" + at(parse.getLocation()));
        }
        if (e instanceof InputCoercionException coercion) {
            return new FieldError(parseLocation(coercion.getProcessor()), expectation(coercion.getTargetType())
                    + " within its range");
        }
        if (e instanceof StreamReadException read) {
            return new FieldError(parseLocation(read.getProcessor()), "is not valid JSON" + at(read.getLocation()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "is not a known field");
        }
        if (e instanceof ValueInstantiationException instantiation) {
            // A rule the type itself holds names itself; anything else thrown while building it may carry the value.
            return new FieldError(path(instantiation), instantiation.getCause() instanceof ProblemException rule
                    ? rule.userMessage() : "is not valid");
        }
        if (e instanceof StrictJson.ControlCharacterException) {
            return new FieldError(path((JsonMappingException) e), Texts.NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new FieldError(path(mismatch), expectation(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping) {
            Throwable cause = mapping.getCause();
            if (cause instanceof InputCoercionException coercion) {
                return new FieldError(path(mapping), expectation(coercion.getTargetType()) + " within its range");
            }
            if (cause instanceof StrictJson.ControlCharacterException) {
                return new FieldError(path(mapping), Texts.NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS);
            }
            if (cause instanceof StreamReadException) {
                return new FieldError(path(mapping), "is not valid JSON");
            }
            return new FieldError(path(mapping), "is not valid");
        }
        return new FieldError(BODY, "is not valid JSON");
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String parseLocation(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return BODY;
        }
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                segments.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                segments.push(context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!path.isEmpty() && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static final Map<Class<?>, String> EXPECTATIONS = Map.ofEntries(
            Map.entry(Integer.class, "must be a whole number"),
            Map.entry(int.class, "must be a whole number"),
            Map.entry(Long.class, "must be a whole number"),
            Map.entry(long.class, "must be a whole number"),
            Map.entry(Short.class, "must be a whole number"),
            Map.entry(short.class, "must be a whole number"),
            Map.entry(BigInteger.class, "must be a whole number"),
            Map.entry(Double.class, "must be a number"),
            Map.entry(double.class, "must be a number"),
            Map.entry(Float.class, "must be a number"),
            Map.entry(float.class, "must be a number"),
            Map.entry(BigDecimal.class, "must be a number"),
            Map.entry(Boolean.class, "must be true or false"),
            Map.entry(boolean.class, "must be true or false"),
            Map.entry(String.class, "must be a string"),
            Map.entry(UUID.class, "must be a UUID"),
            Map.entry(LocalDate.class, "must be a date in the form yyyy-MM-dd"),
            Map.entry(LocalTime.class, "must be a time in the form HH:mm or HH:mm:ss"),
            Map.entry(LocalDateTime.class, "must be a date and time in the form yyyy-MM-ddTHH:mm:ss"),
            Map.entry(OffsetDateTime.class, "must be a date and time with an offset, e.g. 2026-01-31T09:30:00Z"),
            Map.entry(ZonedDateTime.class, "must be a date and time with an offset, e.g. 2026-01-31T09:30:00Z"),
            Map.entry(Instant.class, "must be a date and time with an offset, e.g. 2026-01-31T09:30:00Z"));

    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of: " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        String known = EXPECTATIONS.get(type);
        if (known != null) {
            return known;
        }
        return type.isRecord() || !type.getName().startsWith("java.") ? "must be an object" : "has the wrong type";
    }
}
