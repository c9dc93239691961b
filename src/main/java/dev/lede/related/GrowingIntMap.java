package dev.lede.related;

/**
 * A map from int to a non-negative int by open addressing, without boxing: a million terms
 * in 16 MB, not 100. Not thread-safe. {@link #get} answers -1 for a key it does not hold.
 */
final class GrowingIntMap {
    private int[] keys;
    private int[] values; // value + 1; 0 marks a free slot
    private int size;

    GrowingIntMap() {
        keys = new int[1024];
        values = new int[1024];
    }

    int size() {
        return size;
    }

    int get(int key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); values[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot] - 1;
            }
        }
        return -1;
    }

    void put(int key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value: " + value);
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (values[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (values[slot] == 0) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value + 1;
    }

    void clear() {
        keys = new int[1024];
        values = new int[1024];
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                put(oldKeys[i], oldValues[i] - 1);
            }
        }
    }

    private static int slot(int key, int mask) {
        return (key * 0x9E3779B9) >>> 1 & mask;
    }
}
