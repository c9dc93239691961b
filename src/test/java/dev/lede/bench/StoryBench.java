package dev.lede.bench;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.related.RelatedStories;
import dev.lede.related.Stories;
import dev.lede.store.Store;
import dev.lede.store.StoredTerms;
import dev.lede.store.TermVector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What story assignment adds to each save in a large library: on the generated library of
 * {@link ScaleBench} (made first when missing), places the newest WARM articles in their
 * stories (JIT warm-up, and it fills the neighbour lists around them), then times placing the
 * next TIMED, each in its own transaction as a single save would: from scratch under the lock
 * (as {@code lede stories} places older articles), and as a save places it, the probe (outside
 * the lock, on the extracting thread) and the linking (under it) apart, wall and CPU time; then
 * the same probes again, their candidates' norms known as in a bulk import. Prints median, p99
 * and mean of each.
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.bench.StoryBench DB [N] [WARM] [TIMED]</pre>
 */
public final class StoryBench {
    private StoryBench() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/lede-scale.db");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int timed = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        try (dev.lede.library.Library library = dev.lede.library.Library.open(db)) {
            int have = library.count(Query.ALL);
            if (have < n) {
                ScaleBench.generate(library.file(), new LibraryGenerator(1, 700), have, n);
            }
        }
        try (Store store = Store.open(db)) {
            RelatedStories related = new RelatedStories(store);
            related.prepare();
            Stories stories = new Stories(store, related);
            List<Long> ids = new ArrayList<>();
            for (ArticleSummary a : store.list(Query.ALL, 0, warm + timed)) {
                ids.add(a.id());
            }
            ids.sort(null); // oldest first, as they were saved
            System.err.printf("library %s: %d articles; placing %d, then timing %d%n", db,
                    store.count(Query.ALL), warm, timed);
            for (int i = 0; i < warm && i < ids.size(); i++) {
                stories.assign(ids.get(i));
            }
            // Each article's related-stories lookup is timed right after its placing: a yardstick
            // that moves with the load of the machine as story assignment does.
            double[] ms = new double[Math.max(0, Math.min(timed, ids.size() - warm))];
            double[] related10 = new double[ms.length];
            double[] probe = new double[ms.length];
            double[] place = new double[ms.length];
            // CPU time of this thread too: on a shared machine it moves less than the wall time.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] probeCpu = new double[ms.length];
            double[] placeCpu = new double[ms.length];
            for (int i = 0; i < ms.length; i++) {
                long id = ids.get(warm + i);
                long t0 = System.nanoTime();
                stories.assign(id);
                long t1 = System.nanoTime();
                related.find(id, 10);
                ms[i] = (t1 - t0) / 1e6;
                related10[i] = (System.nanoTime() - t1) / 1e6;
                // As a save places it: the probe on the saving thread, then the linking under the lock.
                TermVector v = store.termVector(id).orElseThrow();
                StoredTerms terms = StoredTerms.of(v.termIds(), v.counts(), toInts(v.flags()));
                String published = store.summaries(List.of(id)).get(0).published();
                long c2 = threads.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                Stories.Probe found = stories.probe(terms, published);
                long t3 = System.nanoTime();
                long c3 = threads.getCurrentThreadCpuTime();
                stories.place(id, found);
                probe[i] = (t3 - t2) / 1e6;
                place[i] = (System.nanoTime() - t3) / 1e6;
                probeCpu[i] = (c3 - c2) / 1e6;
                placeCpu[i] = (threads.getCurrentThreadCpuTime() - c3) / 1e6;
            }
            report("story assignment under the lock, from scratch (lede stories, undo)", ms);
            // The same probes again: their candidates' norms are known now, as they are for a
            // candidate met again in one process (a third of the comparisons importing 1,000
            // generated pages into a copy of the 100,000-article library; nearly all when the
            // pages come from the library's own generator, whose topics recur).
            double[] warmCpu = new double[ms.length];
            for (int i = 0; i < ms.length; i++) {
                long id = ids.get(warm + i);
                TermVector v = store.termVector(id).orElseThrow();
                StoredTerms terms = StoredTerms.of(v.termIds(), v.counts(), toInts(v.flags()));
                String published = store.summaries(List.of(id)).get(0).published();
                long c0 = threads.getCurrentThreadCpuTime();
                stories.probe(terms, published);
                warmCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            report("related stories of the same articles", related10);
            report("saving: the probe, on the extracting thread", probe);
            report("saving: the linking, under the store's lock", place);
            report("saving: the probe, CPU time", probeCpu);
            report("saving: the linking, CPU time", placeCpu);
            report("saving: the probe again, candidates' norms known, CPU time", warmCpu);
        }
    }

    private static int[] toInts(byte[] flags) {
        int[] out = new int[flags.length];
        for (int i = 0; i < flags.length; i++) {
            out[i] = flags[i];
        }
        return out;
    }

    private static void report(String what, double[] ms) {
        double mean = Arrays.stream(ms).average().orElse(0);
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p99 %.2f ms, mean %.2f ms (%d articles)%n", what,
                ScaleBench.percentile(ms, 50), ScaleBench.percentile(ms, 99), mean, ms.length);
    }
}
