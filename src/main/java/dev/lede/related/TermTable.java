package dev.lede.related;

import dev.lede.store.TermCount;
import java.util.Arrays;

/**
 * The terms of one article as they are counted, in first-seen order. An open-addressing
 * table keyed by each term's stored {@link TermCount#hash}: a word read from the text is
 * looked up by its characters and becomes a String only the first time it is seen (an
 * article of 1,500 words has a few hundred distinct ones). Not thread-safe.
 */
final class TermTable {
    private int[] slots; // index + 1 into the arrays below; 0 marks a free slot
    private char[][] spellings; // a String only when asked for: most lookups compare chars
    private int[] hashes;
    private int[] counts;
    private int[] flags;
    private int size;

    TermTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        slots = new int[capacity];
        spellings = new char[capacity / 2][];
        hashes = new int[capacity / 2];
        counts = new int[capacity / 2];
        flags = new int[capacity / 2];
    }

    int size() {
        return size;
    }

    String term(int i) {
        return new String(spellings[i]);
    }

    int hash(int i) {
        return hashes[i];
    }

    int count(int i) {
        return counts[i];
    }

    int flags(int i) {
        return flags[i];
    }

    /** The index of the term spelled by {@code cs[start, start + length)}, or -1. */
    int find(char[] cs, int start, int length, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int i = slots[slot] - 1;
            if (hashes[i] == hash && spells(spellings[i], cs, start, length)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds {@code weight} to the count of the term spelled by the chars (added when new) and sets {@code flag}. */
    void add(char[] cs, int start, int length, int hash, int weight, int flag) {
        int i = find(cs, start, length, hash);
        if (i < 0) {
            i = insert(Arrays.copyOfRange(cs, start, start + length), hash);
        }
        counts[i] += weight;
        flags[i] |= flag;
    }

    /** {@link #add(char[], int, int, int, int, int)} for a term already a String. */
    void add(String term, int weight, int flag) {
        char[] cs = term.toCharArray();
        add(cs, 0, cs.length, TermCount.hash(cs, 0, cs.length), weight, flag);
    }

    /** Adds a term with a count of one the first time; later offers change nothing (links count once). */
    void addOnce(String term, int flag) {
        char[] cs = term.toCharArray();
        int hash = TermCount.hash(cs, 0, cs.length);
        if (find(cs, 0, cs.length, hash) < 0) {
            int i = insert(cs, hash);
            counts[i] = 1;
            flags[i] = flag;
        }
    }

    private int insert(char[] spelling, int hash) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int i = size++;
        spellings[i] = spelling;
        hashes[i] = hash;
        place(i);
        return i;
    }

    private void place(int i) {
        int mask = slots.length - 1;
        int slot = hashes[i] & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
    }

    private void grow() {
        int capacity = slots.length * 2;
        slots = new int[capacity];
        spellings = Arrays.copyOf(spellings, capacity / 2);
        hashes = Arrays.copyOf(hashes, capacity / 2);
        counts = Arrays.copyOf(counts, capacity / 2);
        flags = Arrays.copyOf(flags, capacity / 2);
        for (int i = 0; i < size; i++) {
            place(i);
        }
    }

    private static boolean spells(char[] spelling, char[] cs, int start, int length) {
        if (spelling.length != length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (spelling[j] != cs[start + j]) {
                return false;
            }
        }
        return true;
    }
}
