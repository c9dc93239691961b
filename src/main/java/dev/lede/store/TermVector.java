package dev.lede.store;

/**
 * An article's stored term vector: term hashes ({@link TermCount#hash}, ascending as signed
 * ints) with their counts and flags (see {@link TermCount}). Arrays are owned by the vector;
 * callers must not change them.
 *
 * @param length the sum of the counts
 */
public record TermVector(long articleId, int length, int[] termIds, int[] counts, byte[] flags) {
    public TermVector {
        if (termIds.length != counts.length || termIds.length != flags.length) {
            throw new IllegalArgumentException("term vector arrays differ in length");
        }
    }

    public int size() {
        return termIds.length;
    }

    /** Packs ids (ascending, delta-coded), counts and flags as varints. */
    static byte[] pack(int[] termIds, int[] counts, byte[] flags) {
        byte[] out = new byte[termIds.length * 11]; // at most 5 + 5 + 1 bytes a term
        int n = 0;
        long previous = Integer.MIN_VALUE;
        for (int i = 0; i < termIds.length; i++) {
            n = writeVarint(out, n, termIds[i] - previous);
            previous = termIds[i];
            n = writeVarint(out, n, counts[i]);
            out[n++] = flags[i];
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static TermVector unpack(long articleId, int length, byte[] packed) {
        int n = 0;
        int[] ids = new int[Math.max(4, packed.length / 3)];
        int[] counts = new int[ids.length];
        byte[] flags = new byte[ids.length];
        int[] pos = {0};
        long previous = Integer.MIN_VALUE;
        while (pos[0] < packed.length) {
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, n * 2);
                counts = java.util.Arrays.copyOf(counts, n * 2);
                flags = java.util.Arrays.copyOf(flags, n * 2);
            }
            previous += readVarint(packed, pos);
            ids[n] = (int) previous;
            counts[n] = (int) readVarint(packed, pos);
            flags[n] = packed[pos[0]++];
            n++;
        }
        return new TermVector(articleId, length, java.util.Arrays.copyOf(ids, n),
                java.util.Arrays.copyOf(counts, n), java.util.Arrays.copyOf(flags, n));
    }

    /** Writes {@code value} at {@code at} and returns the index after it. */
    private static int writeVarint(byte[] out, int at, long value) {
        while ((value & ~0x7FL) != 0) {
            out[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    private static long readVarint(byte[] in, int[] pos) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = in[pos[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
