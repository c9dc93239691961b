package dev.lede.related;

import dev.lede.store.TermVector;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/**
 * How story placement looks for an article's nearest neighbours: candidates found through the
 * postings of its {@code queryTerms} most telling terms (at most {@code postingsPerTerm} of
 * each), ranked by votes, and at most {@code candidates} of them compared by cosine, in order
 * (see {@link #compare}); only the nearest {@code keep} at {@code floor} or above matter.
 */
record NeighbourSearch(int queryTerms, int postingsPerTerm, int candidates, int chunk, int keep, double floor) {
    NeighbourSearch {
        if (chunk < 1 || keep < 1) {
            throw new IllegalArgumentException("a neighbour search compares and keeps at least one: chunk " + chunk
                    + ", keep " + keep);
        }
    }

    /** Far above a double's rounding error, far below any difference between two similarities that matters. */
    private static final double MARGIN = 1e-9;

    /**
     * What an article's similarity to another counts for, given the days both were published
     * ({@link TermVector#day}, maybe {@link TermVector#NO_DAY}): see {@code Stories.timeWeight}.
     */
    interface TimeWeight {
        double between(int day, int otherDay);
    }

    /**
     * The cosine of the article with a candidate's vector, or {@code NaN} when it is surely
     * under {@code floor} (or the candidate is not to be compared).
     */
    interface Cosine {
        double of(TermVector v, double floor);
    }

    /**
     * The similarity of each of {@code ids} (best votes first) that reaches the floor: the
     * cosine of the article with each vector read through {@code read} (which leaves out,
     * unread, those whose day the predicate it is given refuses), scaled by the time
     * weight between {@code day} (the article's) and the day the vector carries; {@code chunk}
     * at a time in the order of the votes, stopping after a chunk that brought none into the
     * nearest {@link #keep} (time weights included: an old report crowds out none of this
     * week's). An article of a story finds its first mates among the first ten by votes and
     * goes on; one that has none (most articles of a large library) stops there. The time
     * weight comes first: a candidate published so far away that even a cosine of 1 stays
     * under the floor is neither unpacked nor compared, and the rest are compared against the floor divided by
     * their weight, so that {@code cosine} can leave out early what stays under it (most
     * candidates of a large library were published months or years away).
     */
    Map<Long, Double> compare(List<Long> ids, BiFunction<Collection<Long>, IntPredicate, List<TermVector>> read,
            Cosine cosine, TimeWeight timeWeight, int day) {
        IntPredicate reachable = other -> reaches(timeWeight.between(day, other));
        Map<Long, Double> similarity = new HashMap<>();
        PriorityQueue<Double> nearest = new PriorityQueue<>(); // the weakest of the nearest first
        for (int at = 0; at < ids.size(); at += chunk) {
            List<Long> batch = ids.subList(at, Math.min(ids.size(), at + chunk));
            Map<Long, Double> near = new HashMap<>();
            for (TermVector v : read.apply(batch, reachable)) {
                double weight = timeWeight.between(day, v.day());
                if (!reaches(weight)) {
                    continue; // read leaves these out; a reader that does not is still right
                }
                // Divided, the floor rounds either way: the margin keeps "surely under" sure.
                double s = cosine.of(v, weight == 1 ? floor : floor / weight * (1 - MARGIN)) * weight;
                if (s >= floor) { // false for NaN
                    near.put(v.articleId(), s);
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

    /** Whether a candidate of time weight {@code weight} may reach the floor: a cosine is at most 1. */
    private boolean reaches(double weight) {
        return weight * (1 + MARGIN) >= floor;
    }
}
