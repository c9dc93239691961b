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
 * The former {@link NeighbourSearch#compare}, frozen as it was before commit 10c29ea (cosine
 * first, against the floor itself, then scaled by the time weight), for
 * {@link NeighbourSearchExactnessTest} to hold the present one to. Only the signature changed
 * (a static method given the search); the body is the former code.
 */
final class NeighbourSearchReference {
    private NeighbourSearchReference() {
    }

    static Map<Long, Double> compare(NeighbourSearch search, List<Long> ids,
            Function<Collection<Long>, List<TermVector>> read, ToDoubleFunction<TermVector> cosine,
            NeighbourSearch.TimeWeight timeWeight, int day) {
        double floor = search.floor();
        int chunk = search.chunk();
        int keep = search.keep();
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
