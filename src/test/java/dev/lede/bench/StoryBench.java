package dev.lede.bench;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.related.RelatedStories;
import dev.lede.related.Stories;
import dev.lede.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What story assignment adds to each save in a large library: on the generated library of
 * {@link ScaleBench} (made first when missing), places the newest WARM articles in their
 * stories (JIT warm-up, and it fills the neighbour lists around them), then times placing the
 * next TIMED, each in its own transaction as a single save would. Prints median, p99 and mean.
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
            double[] ms = new double[Math.max(0, Math.min(timed, ids.size() - warm))];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                stories.assign(ids.get(warm + i));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            // The same articles' related-stories lookups, timed in turn: a yardstick that moves
            // with the load of the machine as story assignment does.
            double[] related10 = new double[ms.length];
            for (int i = 0; i < related10.length; i++) {
                long t0 = System.nanoTime();
                related.find(ids.get(warm + i), 10);
                related10[i] = (System.nanoTime() - t0) / 1e6;
            }
            report("story assignment per saved article", ms);
            report("related stories of the same articles", related10);
        }
    }

    private static void report(String what, double[] ms) {
        double mean = Arrays.stream(ms).average().orElse(0);
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p99 %.2f ms, mean %.2f ms (%d articles)%n", what,
                ScaleBench.percentile(ms, 50), ScaleBench.percentile(ms, 99), mean, ms.length);
    }
}
