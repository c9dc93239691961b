package dev.lede.store;

/**
 * An article's stored term vector: term hashes ({@link TermCount#hash}, ascending as signed
 * ints) with their counts and flags (see {@link TermCount}), and the article's published day,
 * kept beside the vector so that story placement weighs time without reading the articles.
 * Arrays are owned by the vector; callers must not change them.
 *
 * @param length the sum of the counts
 * @param day    the published day as an epoch day ({@link PublishedDay}), or {@link #NO_DAY}
 */
public record TermVector(long articleId, int length, int[] termIds, int[] counts, byte[] flags, int day) {
    /** The day of an article without a usable published date. */
    public static final int NO_DAY = PublishedDay.NONE;

    public TermVector {
        if (termIds.length != counts.length || termIds.length != flags.length) {
            throw new IllegalArgumentException("term vector arrays differ in length");
        }
    }

    /** A vector without a day: terms not yet stored for an article (a probe's, a test's). */
    public TermVector(long articleId, int length, int[] termIds, int[] counts, byte[] flags) {
        this(articleId, length, termIds, counts, flags, NO_DAY);
    }

    public int size() {
        return termIds.length;
    }

    /** Packs ids (ascending), counts and flags as {@link TermVectorCodec} stores them. */
    static byte[] pack(int[] termIds, int[] counts, byte[] flags) {
        return TermVectorCodec.pack(termIds, counts, flags);
    }

    static TermVector unpack(long articleId, int length, byte[] packed) {
        return TermVectorCodec.unpack(articleId, length, packed, NO_DAY);
    }

    /** As stored in {@code related_vectors}: the packed terms and the day column. */
    static TermVector unpack(long articleId, int length, byte[] packed, int day) {
        return TermVectorCodec.unpack(articleId, length, packed, day);
    }
}
