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
record NeighbourSearch(int queryTerms, int postingsPerTerm, int candidates, int chunk, int keep, double floor) {
    /**
     * What an article's similarity to another counts for, given the days both were published
     * ({@link TermVector#day}, maybe {@link TermVector#NO_DAY}): see {@code Stories.timeWeight}.
     */
    interface TimeWeight {
        double between(int day, int otherDay);
    }

    /**
     * The similarity of each of {@code ids} (best votes first) that reaches the floor: vectors
     * read through {@code read}, compared by {@code cosine} ({@code NaN}: not compared, or surely
     * under the floor) and scaled, for those at the floor or above, by the time weight between
     * {@code day} (the article's) and the day each vector carries; {@code chunk} at a time in the
     * order of the votes, stopping after a chunk that brought none into the nearest {@link #keep}
     * (time weights included: an old report crowds out none of this week's). An article of a
     * story finds its first mates among the first ten by votes and goes on; one that has none
     * (most articles of a large library) stops there.
     */
    Map<Long, Double> compare(List<Long> ids, Function<Collection<Long>, List<TermVector>> read,
            ToDoubleFunction<TermVector> cosine, TimeWeight timeWeight, int day) {
        Map<Long, Double> similarity = new HashMap<>();
        PriorityQueue<Double> nearest = new PriorityQueue<>(); // the weakest of the nearest first
        for (int at = 0; at < ids.size(); at += chunk) {
            List<Long> batch = ids.subList(at, Math.min(ids.size(), at + chunk));
            Map<Long, Double> near = new HashMap<>();
            for (TermVector v : read.apply(batch)) {
                double s = cosine.applyAsDouble(v);
                if (s >= floor) { // false for NaN
                    near.put(v.articleId(), s * timeWeight.between(day, v.day()));
                }
            }
            boolean entered = false;
            for (long id : batch) {
                Double weighed = near.get(id);
                double s = weighed == null ? 0 : weighed;
                if (s >= floor) {
                    similarity.put(id, s);
                    if (nearest.size() < keep || s > nearest.peek()) {
                        nearest.add(s);
                        if (nearest.size() > keep) {
                            nearest.poll();
                        }
                        entered = true;
                    }
                }
            }
            if (!entered) {
                break;
            }
        }
        return similarity;
    }
}
