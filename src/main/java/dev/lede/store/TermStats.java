package dev.lede.store;

/**
 * Totals of the related-stories index.
 *
 * @param docs       articles with a stored term vector
 * @param length     the sum of their lengths (for the average document length)
 * @param uncounted  vectors saved since document frequencies were last brought up to date
 */
public record TermStats(int docs, long length, int uncounted) {
    public double averageLength() {
        return docs == 0 ? 1.0 : Math.max(1.0, (double) length / docs);
    }
}
