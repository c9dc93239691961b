package dev.lede.related;

/** A read-only map from int to int by open addressing: a million terms in 16 MB, not 100. */
final class IntIntMap {
    private final int[] keys;
    private final int[] values;
    private final boolean[] used;
    private final int mask;

    IntIntMap(int[] keys, int[] values) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.keys = new int[capacity];
        this.values = new int[capacity];
        this.used = new boolean[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            int slot = slot(keys[i]);
            this.keys[slot] = keys[i];
            this.values[slot] = values[i];
            this.used[slot] = true;
        }
    }

    private int slot(int key) {
        int slot = (key * 0x9E3779B9) >>> 1 & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The value of {@code key}, or 0. */
    int get(int key) {
        int slot = slot(key);
        return used[slot] ? values[slot] : 0;
    }
}
