package dev.lede.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;

/**
 * API answers read through jackson-jr (strict JSON): objects become maps, arrays lists,
 * numbers {@link Number}s. Nesting is capped, so a hostile server cannot overflow the stack.
 */
final class ReaderJson {
    private static final JSON READER = JSON.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .build();

    private ReaderJson() {
    }

    /** Parses {@code text} as one JSON value; IllegalArgumentException when it is not JSON. */
    static Object parse(String text) {
        try {
            return READER.anyFrom(text);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("broken JSON", e);
        }
    }
}
