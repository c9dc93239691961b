package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {
    @Test
    void numbersAreDoublesAndObjectsKeepTheirOrder() throws FeedException {
        assertEquals(Map.of("id", 12.0, "items", List.of(1.5, "x", true)),
                JsonValue.parse("{\"id\": 12, \"items\": [1.5, \"x\", true]}"));
    }

    @Test
    void brokenTrailingOrTooDeepJsonIsAFeedError() {
        assertThrows(FeedException.class, () -> JsonValue.parse("{\"a\": "));
        assertThrows(FeedException.class, () -> JsonValue.parse("{\"a\": 1} trailing"));
        assertThrows(FeedException.class, () -> JsonValue.parse("{'a': 1}"));
        assertThrows(FeedException.class, () -> JsonValue.parse("[".repeat(100) + "]".repeat(100)));
    }
}
