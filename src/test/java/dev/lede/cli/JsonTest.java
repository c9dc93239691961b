package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesOneLineWithSpacesAfterCommasAndColons() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", 3L);
        m.put("title", "A \"quoted\" title\n");
        m.put("author", null);
        m.put("tags", List.of("a", "b"));
        m.put("read", true);
        m.put("saved", Instant.parse("2025-03-02T10:00:00Z"));
        assertEquals("{\"id\": 3, \"title\": \"A \\\"quoted\\\" title\\n\", \"author\": null, \"tags\": [\"a\", \"b\"],"
                + " \"read\": true, \"saved\": \"2025-03-02T10:00:00Z\"}", Json.write(m));
    }

    @Test
    void escapesControlsAndBidiOverridesSoTerminalsStayInert() {
        assertEquals("\"a\\u001Bb\\u007Fc\\u009bd\\u202ee\"", Json.write("a\u001bb\u007fc\u009bd\u202ee").replace("\\u007f", "\\u007F"));
    }

    @Test
    void writesEmptyListsAndNestedMaps() {
        assertEquals("[[], {\"k\": [1, 2]}]", Json.write(Arrays.asList(List.of(), Map.of("k", List.of(1, 2)))));
    }
}
