package dev.lede.store;

/**
 * Totals of the related-stories index.
 *
 * @param docs       articles with a stored term vector
 * @param length     the sum of their lengths (for the average document length)
 * @param maxTermId  the largest term id handed out so far
 */
public record TermStats(int docs, long length, int maxTermId) {
    public double averageLength() {
        return docs == 0 ? 1.0 : Math.max(1.0, (double) length / docs);
    }
}
