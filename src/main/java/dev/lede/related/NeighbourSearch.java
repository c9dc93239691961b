package dev.lede.related;

import dev.lede.store.TermVector;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How story placement looks for an article's nearest neighbours: candidates found through the
 * postings of its {@code queryTerms} most telling terms (at most {@code postingsPerTerm} of
 * each), ranked by votes, and at most {@code candidates} of them compared by cosine, in order
 * (see {@link #compare}); only the nearest {@code keep} at {@code floor} or above matter.
 */
record NeighbourSearch(int queryTerms, int postingsPerTerm, int candidates, int keep, double floor) {
    /** Candidates compared before the comparing may stop, then between checks. */
    static final int FIRST = 20;
    static final int CHUNK = 10;

    /**
     * The cosine of each of {@code ids} (best votes first) that was compared: vectors read
     * through {@code read} and compared by {@code cosine} ({@code NaN}: not compared, or surely under the floor) in the order
     * of the votes, the first {@value #FIRST} in one read, then {@value #CHUNK} at a time; the
     * comparing stops after {@value #FIRST} or more once a run of {@value #CHUNK} brought none
     * into the nearest {@link #keep}. The nearest five lie among the first twenty by votes for
     * 98% of articles (story benchmark; 95% at 100,000 generated ones), so most searches read
     * half the vectors of all {@link #candidates}, and 99.7% of the nearest five are the same.
     */
    Map<Long, Double> compare(List<Long> ids, Function<Collection<Long>, List<TermVector>> read,
            ToDoubleFunction<TermVector> cosine) {
        Map<Long, Double> similarity = new HashMap<>();
        PriorityQueue<Double> nearest = new PriorityQueue<>(); // the weakest of the nearest first
        boolean entered = false;
        int at = 0;
        while (at < ids.size()) {
            List<Long> chunk = ids.subList(at, Math.min(ids.size(), at == 0 ? FIRST : at + CHUNK));
            Map<Long, TermVector> vectors = new HashMap<>();
            for (TermVector v : read.apply(chunk)) {
                vectors.put(v.articleId(), v);
            }
            for (long id : chunk) {
                TermVector v = vectors.get(id);
                double s = v == null ? Double.NaN : cosine.applyAsDouble(v);
                if (!Double.isNaN(s)) {
                    similarity.put(id, s);
                    if (s >= floor && (nearest.size() < keep || s > nearest.peek())) {
                        nearest.add(s);
                        if (nearest.size() > keep) {
                            nearest.poll();
                        }
                        entered = true;
                    }
                }
                at++;
                if (at % CHUNK == 0) {
                    if (!entered && at >= FIRST) {
                        return similarity;
                    }
                    entered = false;
                }
            }
        }
        return similarity;
    }
}
