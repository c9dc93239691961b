package dev.lede.bench;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.model.RelatedArticle;
import dev.lede.related.RelatedStories;
import dev.lede.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs related stories for every article of a library in one JVM and writes the predictions
 * as {@code query<TAB>rank<TAB>related}, naming articles by their file name without
 * {@code .html} (imported pages have {@code file:} URLs). Used by {@code bench/related.sh}.
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.bench.RelatedBench DB OUT.tsv [K]</pre>
 */
public final class RelatedBench {
    private RelatedBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RelatedBench DB OUT.tsv [K]");
            System.exit(2);
        }
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (Store store = Store.open(Path.of(args[0]));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            List<ArticleSummary> all = store.list(Query.ALL, 0, Integer.MAX_VALUE);
            Map<Long, String> names = new HashMap<>();
            for (ArticleSummary a : all) {
                names.put(a.id(), name(a.url()));
            }
            RelatedStories related = new RelatedStories(store);
            long start = System.nanoTime();
            related.find(all.get(0).id(), k); // indexes pending articles, loads frequencies
            long warm = System.nanoTime() - start;
            double[] ms = new double[all.size()];
            int i = 0;
            for (ArticleSummary a : all) {
                long t0 = System.nanoTime();
                List<RelatedArticle> found = related.find(a.id(), k);
                ms[i++] = (System.nanoTime() - t0) / 1e6;
                int rank = 1;
                for (RelatedArticle r : found) {
                    out.println(names.get(a.id()) + "\t" + rank++ + "\t" + names.get(r.article().id()));
                }
            }
            double total = Arrays.stream(ms).sum();
            Arrays.sort(ms);
            System.out.printf("related: %d queries, first call %.1f ms, mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n",
                    all.size(), warm / 1e6, total / all.size(), ms[ms.length / 2],
                    ms[Math.min(ms.length - 1, (int) (ms.length * 0.99))]);
        }
    }

    private static String name(String url) {
        String last = url.substring(url.lastIndexOf('/') + 1);
        return last.replaceFirst("\\.html?$", "");
    }
}
