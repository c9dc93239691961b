package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermLookupTest {
    @Test
    void findsThePositionOfEveryHashItHoldsAndNoOther() {
        Random random = new Random(11);
        int[] ids = random.ints().distinct().limit(700).sorted().toArray();
        TermLookup lookup = new TermLookup(ids);
        Map<Integer, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            positions.put(ids[i], i);
            assertEquals(i, lookup.positionOf(ids[i]));
        }
        for (int k = 0; k < 100_000; k++) {
            int other = random.nextInt();
            assertEquals(positions.getOrDefault(other, -1), lookup.positionOf(other));
        }
    }

    @Test
    void anEmptyQueryHoldsNothing() {
        TermLookup lookup = new TermLookup(new int[0]);
        assertEquals(-1, lookup.positionOf(0));
        assertEquals(-1, lookup.positionOf(Integer.MIN_VALUE));
    }
}
