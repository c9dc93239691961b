package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GrowingIntMapTest {
    @Test
    void answersMinusOneForAbsentKeysAndZeroForStoredZeros() {
        GrowingIntMap map = new GrowingIntMap();
        assertEquals(-1, map.get(42));
        map.put(42, 0);
        assertEquals(0, map.get(42));
        assertEquals(1, map.size());
    }

    @Test
    void agreesWithAHashMapThroughGrowthAndOverwrites() {
        GrowingIntMap map = new GrowingIntMap();
        Map<Integer, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            int key = random.nextInt(20_000) * (random.nextBoolean() ? 1 : -1) * 65_537;
            int value = random.nextInt(1000);
            map.put(key, value);
            expected.put(key, value);
        }
        assertEquals(expected.size(), map.size());
        expected.forEach((k, v) -> assertEquals(v, map.get(k)));
        assertEquals(-1, map.get(1)); // not a multiple of 65,537
    }

    @Test
    void growsToHoldEveryPairPut() {
        int[] keys = new int[100_000];
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i * 7919;
            values[i] = i % 5000;
        }
        GrowingIntMap map = new GrowingIntMap();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        assertEquals(keys.length, map.size());
        for (int i = 0; i < keys.length; i++) {
            assertEquals(values[i], map.get(keys[i]));
        }
        assertEquals(-1, map.get(1));
    }

    @Test
    void clearForgetsEverything() {
        GrowingIntMap map = new GrowingIntMap();
        for (int i = 0; i < 5000; i++) {
            map.put(i, i);
        }
        map.clear();
        assertEquals(0, map.size());
        assertEquals(-1, map.get(10));
    }

    @Test
    void refusesNegativeValues() {
        assertThrows(IllegalArgumentException.class, () -> new GrowingIntMap().put(1, -1));
    }
}
