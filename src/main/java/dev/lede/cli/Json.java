package dev.lede.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's {@code --json} output through jackson-jr: strings, numbers, booleans, lists and
 * maps (anything else is written as its {@code toString()}), on one line with {@code ", "}
 * and {@code ": "} between parts.
 */
final class Json {
    private static final JSON WRITER;

    static {
        JsonFactory factory = new JsonFactory();
        factory.setCharacterEscapes(new InertEscapes());
        WRITER = JSON.builder(factory).enable(JSON.Feature.WRITE_NULL_PROPERTIES).build().with(new OneLine());
    }

    private Json() {
    }

    static String write(Object value) {
        try {
            return WRITER.asString(plain(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value with every map, list and scalar in a form jackson-jr writes as-is. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value.toString();
    }

    /**
     * Controls, C1 controls, bidi overrides and line separators written as {@code \}{@code uXXXX},
     * so that JSON printed on a terminal stays inert.
     */
    private static final class InertEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        InertEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean inert = (c >= 0x80 && c <= 0x9f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            return inert ? new SerializedString(String.format("\\u%04x", c)) : null;
        }
    }

    /** One line, a space after each comma and colon: the format Lede has always printed. */
    private static final class OneLine implements PrettyPrinter {
        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            // nothing before the first value
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            // nothing before the first entry
        }
    }
}
