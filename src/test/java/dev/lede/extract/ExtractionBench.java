package dev.lede.extract;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extractor over a benchmark folder ({@code html/<id>.html} and {@code urls.tsv}) in
 * one JVM: a warm-up pass, then timed passes; writes {@code <id>.txt} predictions and prints
 * pages per second. Used by {@code bench/extraction.sh}; not shipped in the jar.
 *
 * <p>Usage: {@code ExtractionBench PAGES_DIR OUT_DIR [TIMED_PASSES]}
 */
public final class ExtractionBench {
    private ExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionBench PAGES_DIR OUT_DIR [TIMED_PASSES]");
            System.exit(2);
        }
        Path pages = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Files.createDirectories(out);
        List<String> ids = new ArrayList<>();
        List<Page> inputs = new ArrayList<>();
        for (String line : Files.readAllLines(pages.resolve("urls.tsv"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 2);
            if (parts.length < 2 || parts[0].isBlank()) {
                continue;
            }
            Path html = pages.resolve("html").resolve(parts[0] + ".html");
            if (!Files.exists(html)) {
                continue;
            }
            ids.add(parts[0]);
            inputs.add(new Page(Files.readAllBytes(html), parts[1].strip(), "text/html", null));
        }
        Extractor extractor = new Extractor();
        ExtractedArticle[] results = new ExtractedArticle[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            results[i] = extractor.extract(inputs.get(i));
        }
        long bestNanos = Long.MAX_VALUE;
        long bestCpuNanos = Long.MAX_VALUE;
        // CPU time as well as wall time: on a shared, busy machine only the former is steady.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < inputs.size(); i++) {
                results[i] = extractor.extract(inputs.get(i));
            }
            bestNanos = Math.min(bestNanos, System.nanoTime() - start);
            bestCpuNanos = Math.min(bestCpuNanos, threads.getCurrentThreadCpuTime() - cpuStart);
        }
        int empty = 0;
        for (int i = 0; i < ids.size(); i++) {
            Files.writeString(out.resolve(ids.get(i) + ".txt"), results[i].text(), StandardCharsets.UTF_8);
            if (results[i].isEmpty()) {
                empty++;
            }
        }
        double seconds = bestNanos / 1e9;
        double cpuSeconds = bestCpuNanos / 1e9;
        System.out.printf("pages: %d, empty: %d, best of %d warm passes: %.3f s, %.1f ms/page, %.1f pages/s"
                + " (CPU time: %.1f ms/page, %.1f pages/s)%n", ids.size(), empty, passes, seconds,
                1000 * seconds / ids.size(), ids.size() / seconds, 1000 * cpuSeconds / ids.size(), ids.size() / cpuSeconds);
    }
}
