package dev.lede.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.library.Library;
import dev.lede.model.Query;
import dev.lede.query.QueryParser;
import dev.lede.tui.App;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The in-process half of the scale suite (bench/scale.sh runs the whole-process half): on a
 * library of N generated articles ({@link LibraryGenerator}, made first when missing), in one
 * warm JVM, measures search (varied queries, first page of 50), related stories, and a key
 * press to redrawn screen in the list and the reader (the reader on Lanterna's virtual
 * terminal, 120x40). Human-readable lines go to stderr; one JSON object of timings in
 * milliseconds (median, p99, runs for each) to stdout.
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.bench.ScaleBench DB [N] [SEED]</pre>
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    private static final Map<String, double[]> RESULTS = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/lede-scale.db");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        LibraryGenerator generator = new LibraryGenerator(seed, 700);
        try (Library library = Library.open(db)) {
            int have = library.count(Query.ALL);
            if (have < n) {
                generate(library.file(), generator, have, n);
            }
        }
        try (Library library = Library.open(db)) {
            System.err.printf("library %s: %d articles%n", db, library.count(Query.ALL));
            search(library, generator, new Random(seed));
            related(library, new Random(seed));
            keys(library);
        }
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, double[]> e : RESULTS.entrySet()) {
            double[] ms = e.getValue();
            Arrays.sort(ms);
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(String.format(Locale.ROOT, "\"%s\": {\"median_ms\": %.3f, \"p99_ms\": %.3f, \"runs\": %d}",
                    e.getKey(), percentile(ms, 50), percentile(ms, 99), ms.length));
            System.err.printf(Locale.ROOT, "  %-28s median %8.2f ms  p99 %8.2f ms  (%d runs)%n",
                    e.getKey(), percentile(ms, 50), percentile(ms, 99), ms.length);
        }
        System.out.println(json.append('}'));
    }

    static void generate(Path db, LibraryGenerator generator, int have, int n) {
        try (dev.lede.store.Store store = dev.lede.store.Store.open(db)) {
            long t0 = System.nanoTime();
            int batch = Math.max(1, (n - have) / 20);
            for (int done = have; done < n; done += batch) {
                generator.fill(store, Math.min(batch, n - done), done);
                System.err.printf("  %d articles, %.0f s%n", done + Math.min(batch, n - done), (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    /** Nearest-rank percentile of sorted samples. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void search(Library library, LibraryGenerator g, Random random) {
        List<String> queries = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String often = g.word(5 + random.nextInt(60));
            String mid = g.word(300 + random.nextInt(3000));
            String mid2 = g.word(300 + random.nextInt(3000));
            String rare = g.word(10_000 + random.nextInt(40_000));
            common.add(often);
            queries.add(often);
            queries.add(mid);
            queries.add(mid + " " + mid2);
            queries.add(rare);
            queries.add("\"" + often + " " + g.word(5 + random.nextInt(60)) + "\"");
            queries.add(mid.substring(0, 3) + "~"); // as-you-type prefix, see run()
            queries.add(mid + " tag:topic-" + random.nextInt(60));
            queries.add(often + " is:unread");
            queries.add(mid + " after:2019-01-01 before:2020-12-31");
            queries.add(mid + " -" + often);
            queries.add("tag:topic-" + random.nextInt(60) + " is:unread");
            queries.add("is:bookmarked");
        }
        for (int i = 0; i < 60; i++) { // warm-up
            run(library, queries.get(random.nextInt(queries.size())));
        }
        double[] ms = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            run(library, queries.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        RESULTS.put("search", ms.clone());
        String[] kinds = {"search_kind_common_word", "search_kind_mid_word", "search_kind_two_words",
            "search_kind_rare_word", "search_kind_phrase", "search_kind_prefix_3_letters", "search_kind_word_tag",
            "search_kind_common_unread", "search_kind_word_dates", "search_kind_word_not_word",
            "search_kind_tag_unread", "search_kind_bookmarked"};
        if (Boolean.getBoolean("bench.byKind")) {
            for (int kind = 0; kind < kinds.length; kind++) {
                double[] k = new double[queries.size() / kinds.length];
                for (int j = 0; j < k.length; j++) {
                    k[j] = ms[j * kinds.length + kind];
                }
                RESULTS.put(kinds[kind], k);
            }
        }
        double[] one = new double[common.size()];
        for (int i = 0; i < one.length; i++) {
            long t0 = System.nanoTime();
            run(library, common.get(i));
            one[i] = (System.nanoTime() - t0) / 1e6;
        }
        RESULTS.put("search_one_common_word", one);
    }

    private static void run(Library library, String text) {
        boolean prefix = text.endsWith("~");
        Query q = QueryParser.parse(prefix ? text.substring(0, text.length() - 1) : text, prefix);
        library.list(q, 0, 50);
    }

    private static void related(Library library, Random random) {
        int max = library.count(Query.ALL);
        long t0 = System.nanoTime();
        library.related(1 + random.nextInt(max), 10);
        System.err.printf("related: first call %.0f ms (loads document frequencies)%n", (System.nanoTime() - t0) / 1e6);
        for (int i = 0; i < 20; i++) {
            library.related(1 + random.nextInt(max), 10);
        }
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            long id = 1 + random.nextInt(max);
            long t1 = System.nanoTime();
            library.related(id, 10);
            ms[i] = (System.nanoTime() - t1) / 1e6;
        }
        RESULTS.put("related", ms);
    }

    /** Key press to redrawn screen: the key is queued, handled, the frame laid out and painted. */
    private static void keys(Library library) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        long t0 = System.nanoTime();
        App app = App.direct(terminal, library, url -> new dev.lede.library.SaveOutcome.Failed("not saved in the benchmark"), Map.of(), url -> null);
        app.start();
        System.err.printf("tui: open screen and first frame in a warm JVM %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        for (int warm = 0; warm < 3; warm++) { // warm-up: the same paths as measured
            for (int i = 0; i < 300; i++) {
                press(app, terminal, "j");
            }
            press(app, terminal, "G");
            press(app, terminal, "Enter");
            for (int i = 0; i < 50; i++) {
                press(app, terminal, "Space");
                press(app, terminal, "J");
            }
            press(app, terminal, "q");
            press(app, terminal, "g");
            press(app, terminal, "g");
        }
        RESULTS.put("key_list_down", measure(app, terminal, "j", 1000));
        RESULTS.put("key_list_page_down", measure(app, terminal, "Space", 300));
        double[] ends = new double[40];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = time(app, terminal, i % 2 == 0 ? "G" : "Home");
        }
        RESULTS.put("key_list_top_bottom", ends);
        press(app, terminal, "Home");
        double[] open = new double[60];
        double[] down = new double[60 * 10];
        double[] page = new double[60 * 5];
        double[] next = new double[60];
        for (int i = 0; i < open.length; i++) {
            open[i] = time(app, terminal, "Enter");
            // The reader reopens an article where it was left: from the top, j and Space move
            // whatever an earlier run on this library read.
            press(app, terminal, "Home");
            for (int k = 0; k < 10; k++) {
                down[i * 10 + k] = time(app, terminal, "j");
            }
            for (int k = 0; k < 5; k++) {
                page[i * 5 + k] = time(app, terminal, "Space");
            }
            next[i] = time(app, terminal, "J");
            press(app, terminal, "q");
            press(app, terminal, "j");
        }
        RESULTS.put("key_reader_open", open);
        RESULTS.put("key_reader_down", down);
        RESULTS.put("key_reader_page_down", page);
        RESULTS.put("key_reader_next_article", next);
        press(app, terminal, "Q");
    }

    private static double[] measure(App app, DefaultVirtualTerminal terminal, String key, int times) throws IOException {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            ms[i] = time(app, terminal, key);
        }
        return ms;
    }

    private static double time(App app, DefaultVirtualTerminal terminal, String key) throws IOException {
        long t0 = System.nanoTime();
        press(app, terminal, key);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void press(App app, DefaultVirtualTerminal terminal, String key) throws IOException {
        terminal.addInput(switch (key) {
            case "Enter" -> new KeyStroke(KeyType.Enter);
            case "Home" -> new KeyStroke(KeyType.Home);
            case "Space" -> new KeyStroke(' ', false, false);
            default -> new KeyStroke(key.charAt(0), false, false);
        });
        app.pump();
    }
}
