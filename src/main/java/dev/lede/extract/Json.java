package dev.lede.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;

/**
 * A lenient JSON reader for JSON-LD blocks, through jackson-jr: objects become maps, arrays
 * lists. Pages write JSON-LD by hand, so single quotes, raw newlines in strings, comments and
 * trailing commas are accepted. Nesting deeper than {@link #MAX_DEPTH} or broken input makes
 * {@link #parse} return null instead of throwing.
 */
final class Json {
    static final int MAX_DEPTH = 64;

    private static final JSON READER = JSON.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                            JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .build();

    private Json() {
    }

    /** Parses one JSON value, or returns null when the text is not JSON. */
    static Object parse(String text) {
        try {
            return READER.anyFrom(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
