package dev.lede.related;

import dev.lede.related.RelatedStories.Weighted;
import dev.lede.store.TermCount;
import dev.lede.store.TermVector;

/**
 * Document frequencies with the totals they go with, and the norms of the vectors weighed
 * with them so far: what related-stories lookups and story placement weigh and compare
 * articles with. The one place where a term's BM25 weight is worked out ({@link #weight}).
 * Never changes once made but for the norms it remembers, so it is shared freely.
 */
final class Frequencies {
    private final int docs;
    private final double avgLength;
    private final int counted;
    private final NormCache norms = new NormCache();
    /**
     * Open addressing: each slot holds a term hash (high half) and its document frequency
     * (low half, at least 1), so that a lookup meets one cache line; 0 marks a free slot.
     * Weighing a candidate looks up each of its hundreds of terms, in a table too large for
     * the CPU's caches at 100,000 articles.
     */
    private final long[] slots;
    /** The idf of each document frequency below its length (most terms are rare): no logarithm per lookup. */
    private final double[] idfOfSmall;
    /** The idf of a term no counted article has: as if one had. */
    private final double unknown;

    /**
     * @param hashes  term hashes
     * @param df      the document frequency of each (terms at 0 are left out)
     * @param docs    the articles they were counted in (at least 1)
     * @param counted how many articles were counted when loaded, to tell a new fold
     */
    Frequencies(int[] hashes, int[] df, int docs, double avgLength, int counted) {
        this.docs = docs;
        this.avgLength = avgLength;
        this.counted = counted;
        int capacity = Integer.highestOneBit(Math.max(16, hashes.length) * 2 - 1) << 1;
        slots = new long[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < hashes.length; i++) {
            if (df[i] <= 0) {
                continue;
            }
            int slot = slot(hashes[i], mask);
            while (slots[slot] != 0 && (int) (slots[slot] >>> 32) != hashes[i]) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) hashes[i] << 32 | df[i];
        }
        idfOfSmall = new double[Math.min(docs, 1 << 14) + 1];
        for (int f = 0; f < idfOfSmall.length; f++) {
            idfOfSmall[f] = idf(f, docs);
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

    /** BM25's idf of a term in {@code df} of {@code docs} articles (df taken between 1 and docs). */
    static double idf(int df, int docs) {
        int f = Math.min(docs, Math.max(1, df));
        return Math.log(1 + (docs - f + 0.5) / (f + 0.5));
    }

    /** BM25's length normalization of a document of {@code length} terms, as {@link #weight} takes it. */
    static double lengthNorm(int length, double avgLength) {
        return RelatedStories.K1 * (1 - RelatedStories.B + RelatedStories.B * length / avgLength);
    }

    /** One term's weight: saturated count, idf, and the boost of names and numbers. */
    static double weight(int count, int flags, double lengthNorm, double idf) {
        double tf = count * (RelatedStories.K1 + 1) / (count + lengthNorm);
        return tf * idf * ((flags & TermCount.ENTITY) != 0 ? RelatedStories.ENTITY_BOOST : 1.0);
    }

    private double idfOfFrequency(int df) {
        return df < idfOfSmall.length ? idfOfSmall[df] : idf(df, docs);
    }

    /** The document frequency of term {@code hash} as loaded, 0 for a term no counted article has. */
    int df(int hash) {
        return (int) find(hash);
    }

    /** The idf of term {@code hash}. */
    double idf(int hash) {
        long s = find(hash);
        return s == 0 ? unknown : idfOfFrequency((int) s);
    }

    /** The slot holding {@code hash} and its frequency, or 0 when no counted article has it. */
    private long find(int hash) {
        int mask = slots.length - 1;
        for (int slot = slot(hash, mask); ; slot = (slot + 1) & mask) {
            long s = slots[slot];
            if (s == 0 || (int) (s >>> 32) == hash) {
                return s;
            }
        }
    }

    private static int slot(int key, int mask) {
        return (key * 0x9E3779B9) >>> 1 & mask;
    }

    private double lengthNorm(TermVector v) {
        return lengthNorm(v.length(), avgLength > 0 ? avgLength : Math.max(1, v.length()));
    }

    /** {@code v} weighed by BM25 with these frequencies. */
    Weighted weigh(TermVector v) {
        return weigh(v, null);
    }

    /** As {@link #weigh(TermVector)}, keeping each term's idf in {@code idf} when not null. */
    private Weighted weigh(TermVector v, double[] idf) {
        double lengthNorm = lengthNorm(v);
        int[] ids = v.termIds();
        int[] counts = v.counts();
        byte[] flags = v.flags();
        double[] w = new double[ids.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double termIdf = idf(ids[i]);
            if (idf != null) {
                idf[i] = termIdf;
            }
            w[i] = weight(counts[i], flags[i], lengthNorm, termIdf);
            sum += w[i] * w[i];
        }
        return new Weighted(v.articleId(), ids, w, flags, Math.sqrt(sum));
    }

    /** {@code v} weighed and set up as a query for {@link #cosine(Query, TermVector, double)}, each term looked up once. */
    Query query(TermVector v) {
        double[] idf = new double[v.size()];
        Weighted weighed = weigh(v, idf);
        return new Query(weighed, idf, new TermLookup(weighed.ids()));
    }

    /** A query vector set up for comparing with many others under these frequencies. */
    record Query(Weighted vector, double[] idf, TermLookup lookup) {
    }

    /**
     * The cosine of {@code query} and the vector {@code v}, weighed with these frequencies
     * (equal to {@code RelatedStories.cosine(query.vector(), weigh(v))} to the last bit), or NaN
     * when it is surely under {@code floor}. When {@code v}'s norm is known, one pass weighs only
     * the shared terms (with the query's idf). Else that pass also bounds the cosine by the part
     * of the norm that the shared terms and those {@code v} posted (its most telling when saved)
     * make, and only when the bound reaches the floor is {@code v} weighed whole in a second
     * pass, its norm remembered for the next comparison that meets it. Weighing looks up the
     * frequency of each of its hundreds of terms in a table too large for the CPU's caches; most
     * candidates of a story search fall under the floor, and a bulk import meets most of them
     * for the first time.
     */
    double cosine(Query query, TermVector v, double floor) {
        Weighted q = query.vector();
        int fingerprint = NormCache.fingerprint(v);
        double norm = norms.get(v.articleId(), fingerprint);
        double lengthNorm = lengthNorm(v);
        double[] weights = q.weights();
        double[] idf = query.idf();
        TermLookup lookup = query.lookup();
        int[] ids = v.termIds();
        int[] counts = v.counts();
        byte[] flags = v.flags();
        double dot = 0;
        if (Double.isNaN(norm)) {
            double part = 0;
            double[] weighed = new double[ids.length]; // the weights the bound worked out, NaN for the rest
            for (int j = 0; j < ids.length; j++) { // ascending: the shared terms add up in the same order as a merge
                int i = lookup.positionOf(ids[j]);
                double w = Double.NaN;
                if (i >= 0) {
                    w = weight(counts[j], flags[j], lengthNorm, idf[i]);
                    dot += weights[i] * w;
                } else if ((flags[j] & TermCount.POSTED) != 0) {
                    w = weight(counts[j], flags[j], lengthNorm, idf(ids[j]));
                }
                weighed[j] = w;
                if (!Double.isNaN(w)) {
                    part += w * w;
                }
            }
            // As the cosine below is divided: rounding keeps the cosine at or under this bound.
            if (floor > 0 && dot / (q.norm() * Math.sqrt(part)) < floor) {
                return Double.NaN;
            }
            double sum = 0; // in the order of the terms, as weigh adds them
            for (int j = 0; j < ids.length; j++) {
                double w = Double.isNaN(weighed[j]) ? weight(counts[j], flags[j], lengthNorm, idf(ids[j])) : weighed[j];
                sum += w * w;
            }
            norm = Math.sqrt(sum);
            norms.put(v.articleId(), fingerprint, norm);
        } else {
            for (int j = 0; j < ids.length; j++) {
                int i = lookup.positionOf(ids[j]);
                if (i >= 0) {
                    dot += weights[i] * weight(counts[j], flags[j], lengthNorm, idf[i]);
                }
            }
        }
        if (q.norm() == 0 || norm == 0) {
            return 0;
        }
        return dot / (q.norm() * norm);
    }
}
