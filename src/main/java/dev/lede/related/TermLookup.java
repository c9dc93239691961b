package dev.lede.related;

/**
 * The terms of one vector (a query) set up for comparing it with many others: a bitmap of
 * its hashes screens out at once the other vector's terms it lacks (most of them), and a small
 * hash table finds the position of those it has. A walk over both sorted lists at once spent
 * most of its time on the branch that decides which list moves; walking only the other
 * vector's terms here costs about one predictable test each.
 */
final class TermLookup {
    private final long[] bits;
    private final int bitShift;
    private final int[] keys;
    /** Position in the query of the hash in the same slot, plus one; 0 marks a free slot. */
    private final int[] positions;
    private final int tableShift;

    /** @param ids the query's term hashes, distinct */
    TermLookup(int[] ids) {
        // About 32 bits per term: 1 in 32 or so of the terms it lacks passes the bitmap.
        int bitCount = Math.max(1024, Integer.highestOneBit(Math.max(1, ids.length) * 32 - 1) << 1);
        bits = new long[bitCount / 64];
        bitShift = 32 - Integer.numberOfTrailingZeros(bitCount);
        int slots = Math.max(16, Integer.highestOneBit(Math.max(1, ids.length) * 2 - 1) << 1);
        keys = new int[slots];
        positions = new int[slots];
        tableShift = 32 - Integer.numberOfTrailingZeros(slots);
        int mask = slots - 1;
        for (int i = 0; i < ids.length; i++) {
            int mixed = mix(ids[i]);
            int bit = mixed >>> bitShift;
            bits[bit >>> 6] |= 1L << bit;
            int slot = mixed >>> tableShift;
            while (positions[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = ids[i];
            positions[slot] = i + 1;
        }
    }

    private static int mix(int hash) {
        return hash * 0x9E3779B9;
    }

    /** The position of {@code hash} in the query, or -1. */
    int positionOf(int hash) {
        int mixed = mix(hash);
        int bit = mixed >>> bitShift;
        if ((bits[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int slot = mixed >>> tableShift; positions[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == hash) {
                return positions[slot] - 1;
            }
        }
        return -1;
    }
}
