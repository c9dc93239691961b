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

    /** Packs ids (ascending), counts and flags as {@link TermVectorCodec} stores them. */
    static byte[] pack(int[] termIds, int[] counts, byte[] flags) {
        return TermVectorCodec.pack(termIds, counts, flags);
    }

    static TermVector unpack(long articleId, int length, byte[] packed) {
        return TermVectorCodec.unpack(articleId, length, packed);
    }
}
