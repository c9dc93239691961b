package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ArticleSummary writes its equals and hashCode out (start-up time): they must stay a record's. */
class ArticleSummaryTest {
    private static final RecordComponent[] COMPONENTS = ArticleSummary.class.getRecordComponents();

    private static Object[] sample() {
        return new Object[] {7L, "https://example.com/a", "Title", "Example", "A. Writer", "2025-01-02",
                Instant.parse("2025-01-02T03:04:05Z"), 900, false, true, List.of("news"), "a \u0002hit\u0003"};
    }

    private static Object other(Object value, Class<?> type) {
        if (type == long.class) {
            return (Long) value + 1;
        } else if (type == int.class) {
            return (Integer) value + 1;
        } else if (type == boolean.class) {
            return !(Boolean) value;
        } else if (type == Instant.class) {
            return ((Instant) value).plusSeconds(1);
        } else if (type == List.class) {
            return List.of("other");
        }
        return value == null ? "x" : value + "x";
    }

    private static ArticleSummary make(Object[] values) throws Exception {
        Constructor<ArticleSummary> c = ArticleSummary.class.getDeclaredConstructor(
                Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return c.newInstance(values);
    }

    @Test
    void equalWhenEveryComponentIsEqualWithTheSameHash() throws Exception {
        ArticleSummary a = make(sample());
        ArticleSummary b = make(sample());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        Object[] nulls = sample();
        for (int i = 0; i < COMPONENTS.length; i++) {
            if (!COMPONENTS[i].getType().isPrimitive() && !List.of("url", "title", "saved", "tags").contains(COMPONENTS[i].getName())) {
                nulls[i] = null;
            }
        }
        assertEquals(make(nulls), make(nulls.clone()));
        assertEquals(make(nulls).hashCode(), make(nulls.clone()).hashCode());
    }

    @Test
    void everyComponentTakesPartInEquals() throws Exception {
        ArticleSummary a = make(sample());
        for (int i = 0; i < COMPONENTS.length; i++) {
            Object[] changed = sample();
            changed[i] = other(changed[i], COMPONENTS[i].getType());
            ArticleSummary b = make(changed);
            assertNotEquals(a, b, COMPONENTS[i].getName());
            assertNotEquals(b, a, COMPONENTS[i].getName());
        }
        assertNotEquals(a, null);
        assertNotEquals(a, "not a summary");
    }
}
