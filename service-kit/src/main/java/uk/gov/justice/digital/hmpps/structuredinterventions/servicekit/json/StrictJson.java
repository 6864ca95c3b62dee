package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;

/**
 * Reads request bodies as they are typed, never converting one JSON type to another: a number is not a date, a string
 * or a boolean, a fraction is not a whole number, a string is not a number or a boolean, an empty string is not a
 * value of any other type. Every string is refused when it holds NUL or another control character (tab and line
 * breaks are allowed in free text). Each refusal is a 400 naming the field and the type or rule it expects
 * ({@code JsonErrors}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus's own customizers, which register the java.time module: this date reader must come later. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation") // MapperFeature toggles on a built mapper: the only hook Quarkus gives
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        mapper.configure(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, false);
        // java.time types read only their ISO text: 20000 is not 20000 days after 1970.
        mapper.setDefaultLeniency(false);

        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.DateTime, LogicalType.Enum, LogicalType.Textual, LogicalType.OtherScalar}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual
                            || type == LogicalType.DateTime || type == LogicalType.Enum || type == LogicalType.OtherScalar
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean
                            ? CoercionAction.TryConvert : CoercionAction.Fail);
        }

        SimpleModule module = new SimpleModule("structured-interventions-strict-json");
        module.addDeserializer(String.class, new StrictStringDeserializer());
        module.addDeserializer(LocalDate.class, new StrictDateDeserializer());
        mapper.registerModule(module);
    }

    /** A JSON string, and nothing else, with no control characters but tab and line breaks. */
    static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (Texts.hasControlCharacters(text, true)) {
                throw new ControlCharacterException(parser);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** The form of a date: four-digit year, month and day, as OpenAPI's {@code format: date} (RFC 3339) has it. */
    public static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** A date as a JSON string {@code yyyy-MM-dd} that exists, and nothing else: not {@code +99999-01-01}, not 20000. */
    static final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        StrictDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // answered below
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date in the form yyyy-MM-dd");
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** A string holding a control character: {@code JsonErrors} names the field and the rule, never the text. */
    public static final class ControlCharacterException extends MismatchedInputException {

        private static final long serialVersionUID = 1L;

        ControlCharacterException(JsonParser parser) {
            super(parser, "text holds a control character", String.class);
        }
    }
}
