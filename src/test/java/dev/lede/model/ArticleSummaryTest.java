package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ArticleSummary writes its equals and hashCode out (start-up time): they must stay a record's,
 * every component taking part, including one added later (the values here are made per component).
 */
class ArticleSummaryTest {
    private static final RecordComponent[] COMPONENTS = ArticleSummary.class.getRecordComponents();

    /**
     * A value for each component, made from its type: a component added to the record gets one
     * here without a change to this test, and the tests below fail until equals and hashCode
     * take it in.
     */
    private static Object[] sample() {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < values.length; i++) {
            Class<?> type = COMPONENTS[i].getType();
            if (type == long.class) {
                values[i] = 7L + i;
            } else if (type == int.class) {
                values[i] = 900 + i;
            } else if (type == boolean.class) {
                values[i] = i % 2 == 0;
            } else if (type == Instant.class) {
                values[i] = Instant.parse("2025-01-02T03:04:05Z").plusSeconds(i);
            } else if (type == List.class) {
                values[i] = List.of("tag" + i);
            } else if (type == String.class) {
                values[i] = "value " + i;
            } else {
                throw new AssertionError("no sample value for a component of type " + type.getName() + ": add one here");
            }
        }
        return values;
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
            assertNotEquals(a.hashCode(), b.hashCode(), COMPONENTS[i].getName() + " takes part in hashCode");
        }
        assertNotEquals(a, null);
        assertNotEquals(a, "not a summary");
    }
}
