package dev.lede.bench;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.query.QueryParser;
import dev.lede.related.RelatedStories;
import dev.lede.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Scale check: fills a library with {@link LibraryGenerator} (unless it already holds
 * {@code N} articles), then in one warm JVM measures search (varied queries, first page of
 * 50), related stories, and the store time of saving more articles.
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.bench.ScaleBench DB [N] [SEED]</pre>
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/lede-scale.db");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        LibraryGenerator generator = new LibraryGenerator(seed, 600);
        boolean existed = Files.exists(db);
        try (Store store = Store.open(db)) {
            int have = store.count(Query.ALL);
            if (have < n) {
                long t0 = System.nanoTime();
                int batch = Math.max(1, (n - have) / 20);
                for (int done = have; done < n; done += batch) {
                    generator.fill(store, Math.min(batch, n - done), done);
                    System.err.printf("  %d articles, %.0f s%n", done + Math.min(batch, n - done),
                            (System.nanoTime() - t0) / 1e9);
                }
                System.out.printf("generated %d articles in %.0f s: store %.2f ms/article, terms %.2f ms/article%n",
                        n - have, (System.nanoTime() - t0) / 1e9, generator.storeNanos / 1e6 / (n - have),
                        generator.termNanos / 1e6 / (n - have));
            } else if (existed) {
                System.out.printf("library %s: %d articles%n", db, have);
            }
            search(store, generator, new Random(seed));
            if (Boolean.getBoolean("bench.searchOnly")) {
                return;
            }
            related(store, new Random(seed));
            LibraryGenerator more = new LibraryGenerator(seed + 1, 600);
            int extra = 300;
            more.fill(store, extra, 10_000_000 + store.count(Query.ALL));
            System.out.printf("save at %d articles: store %.2f ms/article (terms %.2f ms/article, outside the store)%n",
                    store.count(Query.ALL), more.storeNanos / 1e6 / extra, more.termNanos / 1e6 / extra);
        }
    }

    private static void search(Store store, LibraryGenerator g, Random random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String common = g.word(5 + random.nextInt(60));
            String mid = g.word(300 + random.nextInt(3000));
            String mid2 = g.word(300 + random.nextInt(3000));
            String rare = g.word(10_000 + random.nextInt(40_000));
            queries.add(common);
            queries.add(mid);
            queries.add(mid + " " + mid2);
            queries.add(rare);
            queries.add("\"" + common + " " + g.word(5 + random.nextInt(60)) + "\"");
            queries.add(mid.substring(0, 3) + "~"); // as-you-type prefix, see below
            queries.add(mid + " tag:topic-" + random.nextInt(60));
            queries.add(common + " is:unread");
            queries.add(mid + " after:2019-01-01 before:2020-12-31");
            queries.add(mid + " -" + common);
            queries.add("tag:topic-" + random.nextInt(60) + " is:unread");
            queries.add("is:bookmarked");
        }
        for (int i = 0; i < 40; i++) { // warm-up
            run(store, queries.get(random.nextInt(queries.size())));
        }
        double[] ms = new double[queries.size()];
        double worst = 0;
        String worstQuery = "";
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            run(store, queries.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (ms[i] > worst) {
                worst = ms[i];
                worstQuery = queries.get(i);
            }
        }
        if (Boolean.getBoolean("bench.byKind")) {
            for (int kind = 0; kind < 12; kind++) {
                double[] k = new double[queries.size() / 12];
                for (int j = 0; j < k.length; j++) {
                    k[j] = ms[j * 12 + kind];
                }
                Arrays.sort(k);
                System.out.printf("  %-40s p50 %7.2f ms  max %7.2f ms%n", queries.get(kind), k[k.length / 2], k[k.length - 1]);
            }
        }
        Arrays.sort(ms);
        System.out.printf("search: %d queries, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%s)%n",
                ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[(int) (ms.length * 0.99)], worst, worstQuery);
    }

    private static List<ArticleSummary> run(Store store, String text) {
        boolean prefix = text.endsWith("~");
        Query q = QueryParser.parse(prefix ? text.substring(0, text.length() - 1) : text, prefix);
        return store.list(q, 0, 50);
    }

    private static void related(Store store, Random random) {
        RelatedStories related = new RelatedStories(store);
        int max = store.count(Query.ALL);
        long t0 = System.nanoTime();
        related.find(1 + random.nextInt(max), 10);
        System.out.printf("related: first call %.0f ms (loads document frequencies)%n", (System.nanoTime() - t0) / 1e6);
        for (int i = 0; i < 20; i++) {
            related.find(1 + random.nextInt(max), 10);
        }
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            long id = 1 + random.nextInt(max);
            long t1 = System.nanoTime();
            related.find(id, 10);
            ms[i] = (System.nanoTime() - t1) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("related: %d lookups, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[(int) (ms.length * 0.99)]);
    }
}
