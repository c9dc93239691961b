package dev.lede.related;

import dev.lede.store.Store;
import dev.lede.store.StoryStore;
import dev.lede.store.TermStats;
import dev.lede.store.TermVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How much of an article's true nearest five (time-weighted cosine at the floor or above, by
 * comparing it with every article of the library) a story neighbour search finds, and its CPU
 * time per search. The true lists take one pass over all vectors for the whole sample and are
 * kept in a file beside the library (the first run only writes it), so that each search variant
 * can run in a fresh JVM (its candidates' vectors and norms met for the first time, as in a
 * bulk import).
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.related.NeighbourRecallBench DB SAMPLE
 *     [queryTerms postingsPerTerm candidates chunk]</pre>
 *
 * Folds pending term counts into the library first (it writes to DB: give it a copy).
 */
public final class NeighbourRecallBench {
    private NeighbourRecallBench() {
    }

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args[0]);
        int sample = Integer.parseInt(args[1]);
        NeighbourSearch search = args.length > 2
                ? new NeighbourSearch(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]), Stories.NEIGHBOURS, Stories.FLOOR)
                : Stories.SEARCH;
        try (Store store = Store.open(db)) {
            RelatedStories related = new RelatedStories(store);
            related.prepare(); // pending articles indexed first: the truth and the search see the same vectors
            store.foldTermCounts();
            StoryStore table = new StoryStore(store);
            List<Long> all = table.allArticles();
            List<Long> ids = new ArrayList<>(all);
            Collections.shuffle(ids, new Random(42));
            ids = new ArrayList<>(ids.subList(0, Math.min(sample, ids.size())));
            // Named by what makes the truth, so that a change of those is not read from an old file.
            Path truthFile = Path.of(String.format(java.util.Locale.ROOT, "%s.nearest-%d-keep%d-floor%s-days%d", db,
                    ids.size(), Stories.NEIGHBOURS, Stories.FLOOR, Stories.SAME_DAYS));
            if (!Files.exists(truthFile)) {
                writeTruth(truthFile, nearest(store, all, ids));
                System.out.println("wrote " + truthFile + "; run again to time the search (its reads are now warm)");
                return;
            }
            Map<Long, Set<Long>> truth = readTruth(truthFile);
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int found = 0;
            int wanted = 0;
            long cpu = 0;
            for (long id : ids) {
                long t0 = threads.getCurrentThreadCpuTime();
                Map<Long, Double> near = related.neighbourhood(id, search, Long.MAX_VALUE, Stories::timeWeight);
                cpu += threads.getCurrentThreadCpuTime() - t0;
                near.remove(id);
                Set<Long> top = top(near, Stories.NEIGHBOURS);
                Set<Long> want = truth.getOrDefault(id, Set.of());
                wanted += want.size();
                for (long t : want) {
                    if (top.contains(t)) {
                        found++;
                    }
                }
            }
            System.out.printf(java.util.Locale.ROOT, "%s: recall of the true nearest %d: %.4f (%d of %d), CPU %.3f ms a search%n",
                    search, Stories.NEIGHBOURS, wanted == 0 ? 1.0 : (double) found / wanted, found, wanted,
                    cpu / 1e6 / ids.size());
        }
    }

    private static Set<Long> top(Map<Long, Double> similarity, int k) {
        List<Map.Entry<Long, Double>> entries = new ArrayList<>(similarity.entrySet());
        entries.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < Math.min(k, entries.size()); i++) {
            out.add(entries.get(i).getKey());
        }
        return out;
    }

    /** Every query's true nearest neighbours, by one pass over all vectors (terms looked up in the queries'). */
    private static Map<Long, Set<Long>> nearest(Store store, List<Long> all, List<Long> ids) {
        TermStats stats = store.currentTermStats();
        int[][] loaded = store.documentFrequencies();
        Frequencies f = new Frequencies(loaded[0], loaded[1], Math.max(1, stats.docs()), stats.averageLength(),
                stats.docs() - stats.uncounted());
        int n = ids.size();
        RelatedStories.Weighted[] queries = new RelatedStories.Weighted[n];
        int[] days = new int[n];
        Map<Integer, List<double[]>> byTerm = new HashMap<>(); // term -> (query index, weight)
        for (int q = 0; q < n; q++) {
            TermVector v = store.termVector(ids.get(q)).orElse(null);
            queries[q] = v == null ? null : f.weigh(v);
            days[q] = v == null ? TermVector.NO_DAY : v.day();
            if (queries[q] == null) {
                continue;
            }
            for (int i = 0; i < queries[q].ids().length; i++) {
                byTerm.computeIfAbsent(queries[q].ids()[i], k -> new ArrayList<>()).add(new double[] {q, queries[q].weights()[i]});
            }
        }
        List<Map<Long, Double>> best = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            best.add(new HashMap<>());
        }
        double[] dot = new double[n];
        for (int from = 0; from < all.size(); from += 2000) {
            for (TermVector v : store.termVectors(all.subList(from, Math.min(all.size(), from + 2000)))) {
                RelatedStories.Weighted w = f.weigh(v);
                java.util.Arrays.fill(dot, 0);
                Set<Integer> touched = new HashSet<>();
                for (int j = 0; j < w.ids().length; j++) {
                    List<double[]> hits = byTerm.get(w.ids()[j]);
                    if (hits != null) {
                        for (double[] h : hits) {
                            dot[(int) h[0]] += h[1] * w.weights()[j];
                            touched.add((int) h[0]);
                        }
                    }
                }
                for (int q : touched) {
                    long qid = ids.get(q);
                    if (qid == v.articleId() || queries[q].norm() == 0 || w.norm() == 0) {
                        continue;
                    }
                    double s = dot[q] / (queries[q].norm() * w.norm())
                            * Stories.timeWeight(days[q], v.day());
                    if (s >= Stories.FLOOR) {
                        Map<Long, Double> b = best.get(q);
                        b.put(v.articleId(), s);
                        if (b.size() > 4 * Stories.NEIGHBOURS) {
                            Set<Long> keep = top(b, Stories.NEIGHBOURS);
                            b.keySet().retainAll(keep);
                        }
                    }
                }
            }
        }
        Map<Long, Set<Long>> truth = new HashMap<>();
        for (int q = 0; q < n; q++) {
            truth.put(ids.get(q), top(best.get(q), Stories.NEIGHBOURS));
        }
        return truth;
    }

    private static void writeTruth(Path file, Map<Long, Set<Long>> truth) throws IOException {
        List<String> lines = new ArrayList<>();
        truth.forEach((id, near) -> lines.add(id + ":" + String.join(",", near.stream().map(String::valueOf).toList())));
        Files.write(file, lines);
    }

    private static Map<Long, Set<Long>> readTruth(Path file) throws IOException {
        Map<Long, Set<Long>> truth = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split(":", -1);
            Set<Long> near = new HashSet<>();
            for (String s : parts[1].split(",")) {
                if (!s.isEmpty()) {
                    near.add(Long.parseLong(s));
                }
            }
            truth.put(Long.parseLong(parts[0]), near);
        }
        return truth;
    }
}
