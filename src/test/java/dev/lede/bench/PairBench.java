package dev.lede.bench;

import dev.lede.library.Library;
import dev.lede.model.Query;
import dev.lede.query.QueryParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Search and related stories on two libraries of the same articles, measured side by side in
 * one JVM: each query runs on one library, then on the other (the order flipping every
 * round), and both its wall time and the thread's CPU time are kept. On a shared machine the
 * CPU time moves far less than the wall time, and alternating spreads the machine's load
 * evenly over both. The queries are ScaleBench's mix (made from LibraryGenerator's words).
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.bench.PairBench DB_A DB_B [ROUNDS]</pre>
 * (one library alone: give the same file twice.)
 */
public final class PairBench {
    private PairBench() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        LibraryGenerator g = new LibraryGenerator(1, 700);
        Random random = new Random(1);
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            String often = g.word(5 + random.nextInt(60));
            String mid = g.word(300 + random.nextInt(3000));
            String mid2 = g.word(300 + random.nextInt(3000));
            String rare = g.word(10_000 + random.nextInt(40_000));
            add(kinds, "common word", often);
            add(kinds, "mid word", mid);
            add(kinds, "two words", mid + " " + mid2);
            add(kinds, "rare word", rare);
            add(kinds, "phrase", "\"" + often + " " + g.word(5 + random.nextInt(60)) + "\"");
            add(kinds, "3-letter prefix", mid.substring(0, 3) + "~");
            add(kinds, "2-letter prefix", mid.substring(0, 2) + "~");
            add(kinds, "4-letter prefix", mid.length() > 4 ? mid.substring(0, 4) + "~" : mid + "~");
            add(kinds, "word and tag", mid + " tag:topic-" + random.nextInt(60));
            add(kinds, "word and dates", mid + " after:2019-01-01 before:2020-12-31");
            add(kinds, "word not word", mid + " -" + often);
        }
        try (Library la = Library.open(a); Library lb = Library.open(b)) {
            Library[] libs = {la, lb};
            int max = Math.min(la.count(Query.ALL), lb.count(Query.ALL));
            for (int i = 0; i < 40; i++) { // warm-up, both
                for (Library l : libs) {
                    run(l, kinds.get("mid word").get(i % 25));
                    l.related(1 + (i * 7919L) % max, 10);
                }
            }
            Map<String, double[][]> wall = new LinkedHashMap<>();
            Map<String, double[][]> cpu = new LinkedHashMap<>();
            List<String> all = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : kinds.entrySet()) {
                all.addAll(e.getValue());
            }
            kinds.put("all searches", all);
            for (String kind : kinds.keySet()) {
                wall.put(kind, new double[2][0]);
                cpu.put(kind, new double[2][0]);
            }
            wall.put("related", new double[2][0]);
            cpu.put("related", new double[2][0]);
            Random ids = new Random(2);
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, List<String>> e : kinds.entrySet()) {
                    if (e.getKey().equals("all searches")) {
                        continue;
                    }
                    for (String q : e.getValue()) {
                        for (int k = 0; k < 2; k++) {
                            int which = (round + k) % 2;
                            long w0 = System.nanoTime();
                            long c0 = THREADS.getCurrentThreadCpuTime();
                            run(libs[which], q);
                            double c = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                            double w = (System.nanoTime() - w0) / 1e6;
                            append(wall, e.getKey(), which, w);
                            append(cpu, e.getKey(), which, c);
                            append(wall, "all searches", which, w);
                            append(cpu, "all searches", which, c);
                        }
                    }
                }
                for (int i = 0; i < 100; i++) {
                    long id = 1 + ids.nextInt(max);
                    for (int k = 0; k < 2; k++) {
                        int which = (round + i + k) % 2;
                        long w0 = System.nanoTime();
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        libs[which].related(id, 10);
                        append(cpu, "related", which, (THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
                        append(wall, "related", which, (System.nanoTime() - w0) / 1e6);
                    }
                }
            }
            System.out.printf("A = %s%nB = %s%n", a, b);
            System.out.printf("%-18s %30s %30s%n", "ms (median / p99)", "CPU: A / B", "wall: A / B");
            for (String kind : wall.keySet()) {
                double[][] c = cpu.get(kind);
                double[][] w = wall.get(kind);
                System.out.printf(Locale.ROOT, "%-18s %14s / %-14s %14s / %-14s%n", kind, fmt(c[0]), fmt(c[1]), fmt(w[0]), fmt(w[1]));
            }
        }
    }

    private static String fmt(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.2f/%.1f", ScaleBench.percentile(s, 50), ScaleBench.percentile(s, 99));
    }

    private static void add(Map<String, List<String>> kinds, String kind, String q) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(q);
    }

    private static void append(Map<String, double[][]> m, String kind, int which, double v) {
        double[][] x = m.get(kind);
        x[which] = Arrays.copyOf(x[which], x[which].length + 1);
        x[which][x[which].length - 1] = v;
    }

    private static void run(Library library, String text) {
        boolean prefix = text.endsWith("~");
        Query q = QueryParser.parse(prefix ? text.substring(0, text.length() - 1) : text, prefix);
        library.list(q, 0, 50);
    }
}
