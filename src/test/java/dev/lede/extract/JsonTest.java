package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsHandWrittenJsonLdLeniently() {
        Object parsed = Json.parse("{'@type': 'NewsArticle', \"headline\": \"Two\nlines\", // a comment\n \"tags\": [\"a\",],}");
        assertEquals(Map.of("@type", "NewsArticle", "headline", "Two\nlines", "tags", List.of("a")), parsed);
    }

    @Test
    void brokenOrTooDeepInputIsNull() {
        assertNull(Json.parse("{\"a\": "));
        assertNull(Json.parse("[".repeat(Json.MAX_DEPTH + 5) + "]".repeat(Json.MAX_DEPTH + 5)));
    }
}
