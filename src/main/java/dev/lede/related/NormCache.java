package dev.lede.related;

import java.util.Arrays;

/**
 * The norms of articles' weighed vectors under one set of document frequencies, by article
 * id: weighing a candidate's every term is most of what comparing it costs, and the same
 * articles are candidates again and again. A norm is kept with its vector's length, so that
 * an article whose terms were stored again (re-extracted) is weighed again. Thread-safe.
 */
final class NormCache {
    /** Ids above this are not remembered (12 MB at most). */
    private static final long MAX_ID = 1 << 20;
    private double[] norms = new double[0];
    private int[] lengths = new int[0];

    /** The norm of article {@code id}'s vector of {@code length}, or NaN when not known. */
    synchronized double get(long id, int length) {
        return id >= 0 && id < norms.length && lengths[(int) id] == length ? norms[(int) id] : Double.NaN;
    }

    synchronized void put(long id, int length, double norm) {
        if (id < 0 || id >= MAX_ID) {
            return;
        }
        if (id >= norms.length) {
            int size = (int) Math.min(MAX_ID, Math.max(1024, Math.max(id + 1, norms.length * 2L)));
            lengths = Arrays.copyOf(lengths, size);
            Arrays.fill(lengths, norms.length, size, -1);
            norms = Arrays.copyOf(norms, size);
        }
        norms[(int) id] = norm;
        lengths[(int) id] = length;
    }
}
