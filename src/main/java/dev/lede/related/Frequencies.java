package dev.lede.related;

import dev.lede.related.RelatedStories.Weighted;
import dev.lede.store.TermCount;
import dev.lede.store.TermVector;

/**
 * Document frequencies with the totals they go with, held as each term's idf, and the norms
 * of the vectors weighed with them so far: what story placement compares articles with. The
 * idf is worked out once per term when loaded (weighing a vector looked every term up and
 * took its logarithm, and vectors were weighed again and again). Never changes once made but
 * for the norms it remembers, so it is shared freely.
 */
final class Frequencies {
    private final int docs;
    private final double avgLength;
    private final int counted;
    private final NormCache norms = new NormCache();
    /** Open addressing: term hashes and their idf; an idf of 0 marks a free slot (a real one is above 0). */
    private final int[] keys;
    private final double[] idfs;
    /** The idf of a term no counted article has: as if one had. */
    private final double unknown;

    /**
     * @param hashes  term hashes
     * @param df      the document frequency of each
     * @param docs    the articles they were counted in (at least 1)
     * @param counted how many articles were counted when loaded, to tell a new fold
     */
    Frequencies(int[] hashes, int[] df, int docs, double avgLength, int counted) {
        this.docs = docs;
        this.avgLength = avgLength;
        this.counted = counted;
        int capacity = Integer.highestOneBit(Math.max(16, hashes.length) * 2 - 1) << 1;
        keys = new int[capacity];
        idfs = new double[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < hashes.length; i++) {
            int slot = slot(hashes[i], mask);
            while (idfs[slot] != 0 && keys[slot] != hashes[i]) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = hashes[i];
            idfs[slot] = idfOfFrequency(df[i]);
        }
        unknown = idfOfFrequency(1);
    }

    int docs() {
        return docs;
    }

    double avgLength() {
        return avgLength;
    }

    int counted() {
        return counted;
    }

    /** As {@link RelatedStories#weight} works it out, for a term in {@code df} articles. */
    private double idfOfFrequency(int df) {
        int f = Math.min(docs, Math.max(1, df));
        return Math.log(1 + (docs - f + 0.5) / (f + 0.5));
    }

    /** The idf of term {@code hash}. */
    double idf(int hash) {
        int mask = keys.length - 1;
        for (int slot = slot(hash, mask); idfs[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == hash) {
                return idfs[slot];
            }
        }
        return unknown;
    }

    private static int slot(int key, int mask) {
        return (key * 0x9E3779B9) >>> 1 & mask;
    }

    /** The idf of each term of {@code query}. */
    private double[] idf(Weighted query) {
        double[] idf = new double[query.ids().length];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = idf(query.ids()[i]);
        }
        return idf;
    }

    /** {@code v} weighed by BM25 as {@link RelatedStories#weight} weighs each term, with these frequencies. */
    Weighted weigh(TermVector v) {
        double avg = avgLength > 0 ? avgLength : Math.max(1, v.length());
        double lengthNorm = RelatedStories.K1 * (1 - RelatedStories.B + RelatedStories.B * v.length() / avg);
        int[] ids = v.termIds();
        int[] counts = v.counts();
        byte[] flags = v.flags();
        double[] w = new double[ids.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = termWeight(counts[i], flags[i], lengthNorm, idf(ids[i]));
            sum += w[i] * w[i];
        }
        return new Weighted(v.articleId(), ids, w, flags, Math.sqrt(sum));
    }

    /** One term's weight; the same arithmetic as {@link RelatedStories#weight}, to the last bit. */
    private static double termWeight(int count, byte flags, double lengthNorm, double idf) {
        double tf = count * (RelatedStories.K1 + 1) / (count + lengthNorm);
        return tf * idf * ((flags & TermCount.ENTITY) != 0 ? RelatedStories.ENTITY_BOOST : 1.0);
    }

    /** A query vector set up for comparing with many others under these frequencies. */
    record Query(Weighted vector, double[] idf, TermLookup lookup) {
    }

    /** {@code query}, weighed with these frequencies, set up for {@link #cosine(Query, TermVector)}. */
    Query query(Weighted query) {
        return new Query(query, idf(query), new TermLookup(query.ids()));
    }

    /**
     * The cosine of {@code query} and the vector {@code v}, weighed with these frequencies:
     * equal to {@code RelatedStories.cosine(query.vector(), weigh(v))}, but only the shared
     * terms are weighed (with the query's idf), and the norm of {@code v} is remembered for
     * the next comparison that meets it, so that a candidate costs one pass over its terms.
     */
    double cosine(Query query, TermVector v) {
        double norm = norms.get(v.articleId(), v.length());
        if (Double.isNaN(norm)) {
            norm = weigh(v).norm();
            norms.put(v.articleId(), v.length(), norm);
        }
        Weighted q = query.vector();
        if (q.norm() == 0 || norm == 0) {
            return 0;
        }
        double avg = avgLength > 0 ? avgLength : Math.max(1, v.length());
        double lengthNorm = RelatedStories.K1 * (1 - RelatedStories.B + RelatedStories.B * v.length() / avg);
        double[] weights = q.weights();
        double[] idf = query.idf();
        TermLookup lookup = query.lookup();
        int[] ids = v.termIds();
        int[] counts = v.counts();
        byte[] flags = v.flags();
        double dot = 0;
        for (int j = 0; j < ids.length; j++) { // ascending: the shared terms add up in the same order as a merge
            int i = lookup.positionOf(ids[j]);
            if (i >= 0) {
                dot += weights[i] * termWeight(counts[j], flags[j], lengthNorm, idf[i]);
            }
        }
        return dot / (q.norm() * norm);
    }
}
