package dev.lede.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader for JSON Feed, through jackson-jr (Lede's one JSON library): objects
 * become {@link Map}, arrays {@link List}, numbers {@link Double}, then strings, booleans and
 * null. Nesting is capped so that hostile input cannot overflow the stack; text after the
 * value is an error.
 */
final class JsonValue {
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final JSON READER = JSON.builder(FACTORY).build();

    private JsonValue() {
    }

    /** Parses {@code text} as one JSON value. */
    static Object parse(String text) throws FeedException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Object value = READER.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw new FeedException("broken JSON feed: text after the end near character "
                        + parser.currentTokenLocation().getCharOffset());
            }
            return doubles(value);
        } catch (IOException | RuntimeException e) {
            throw new FeedException("broken JSON feed" + (e.getMessage() == null ? "" : ": "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** Every number as a Double, as JSON itself has only one kind of number. */
    private static Object doubles(Object value) {
        if (value instanceof Number n && !(value instanceof Double)) {
            return n.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), doubles(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(doubles(v)));
            return out;
        }
        return value;
    }
}
