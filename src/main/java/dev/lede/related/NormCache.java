package dev.lede.related;

import dev.lede.store.TermVector;
import java.util.Arrays;

/**
 * The norms of articles' weighed vectors under one set of document frequencies, by article
 * id: weighing a candidate's every term is most of what comparing it costs, and the same
 * articles are candidates again and again. A norm is kept with its vector's fingerprint
 * ({@link #fingerprint}), so that an article whose terms were stored again (re-extracted, even
 * to the same length) is weighed again. Thread-safe.
 */
final class NormCache {
    /** Ids above this are not remembered (12 MB at most). */
    private static final long MAX_ID = 1 << 20;
    private double[] norms = new double[0];
    /** Any int may be a fingerprint: which slots hold one. */
    private boolean[] known = new boolean[0];
    private int[] fingerprints = new int[0];

    /**
     * What tells one vector of an article from another: its terms and their counts and flags
     * hashed (a refetched page that changed one word keeps its length, not its fingerprint).
     */
    static int fingerprint(TermVector v) {
        int h = v.length();
        int[] ids = v.termIds();
        int[] counts = v.counts();
        byte[] flags = v.flags();
        for (int i = 0; i < ids.length; i++) {
            h = 31 * (31 * h + ids[i]) + (counts[i] << 8 | flags[i] & 0xFF);
        }
        return h;
    }

    /** The norm of article {@code id}'s vector of {@code fingerprint}, or NaN when not known. */
    synchronized double get(long id, int fingerprint) {
        return id >= 0 && id < norms.length && known[(int) id] && fingerprints[(int) id] == fingerprint
                ? norms[(int) id] : Double.NaN;
    }

    synchronized void put(long id, int fingerprint, double norm) {
        if (id < 0 || id >= MAX_ID) {
            return;
        }
        if (id >= norms.length) {
            int size = (int) Math.min(MAX_ID, Math.max(1024, Math.max(id + 1, norms.length * 2L)));
            fingerprints = Arrays.copyOf(fingerprints, size);
            known = Arrays.copyOf(known, size);
            norms = Arrays.copyOf(norms, size);
        }
        norms[(int) id] = norm;
        fingerprints[(int) id] = fingerprint;
        known[(int) id] = true;
    }
}
