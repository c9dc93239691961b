package dev.lede.extract;

import dev.lede.model.Page;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Times extraction of hostile pages ({@link HostileMarkup}) in one warm JVM: each shape at
 * two sizes, so that linear work shows as about twice the time for twice the page, and the
 * worst page overall. Runs without a budget (the work itself is measured) and reports what
 * the default budget would have done. Used by {@code bench/hostile.sh}; not shipped.
 *
 * <p>Usage: {@code HostileBench [N]} (repetitions per shape at the smaller size; default 50,000)
 */
public final class HostileBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HostileBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Extractor unbounded = new Extractor(Duration.ofHours(1));
        Extractor bounded = new Extractor();
        // Warm-up: the first pages would otherwise measure the JIT compiler.
        for (HostileMarkup.Shape shape : HostileMarkup.SHAPES) {
            unbounded.extract(page(shape.page(n / 10)));
        }
        System.out.printf("%-30s %9s %9s %9s %9s %7s  %s%n", "shape", "KB", "ms", "KB (2x)", "ms (2x)", "ratio",
                "with the default budget (2x page)");
        double worst = 0;
        String worstName = "";
        for (HostileMarkup.Shape shape : HostileMarkup.SHAPES) {
            byte[] small = shape.page(n);
            byte[] large = shape.page(2 * n);
            double smallMs = best(unbounded, small);
            double largeMs = best(unbounded, large);
            String outcome;
            try {
                int chars = bounded.extract(page(large)).text().length();
                outcome = "article, " + chars + " chars";
            } catch (PageTooComplexException e) {
                outcome = "failed: page too complex";
            }
            System.out.printf("%-30s %9d %9.1f %9d %9.1f %7.2f  %s%n", shape.name(), small.length / 1024, smallMs,
                    large.length / 1024, largeMs, largeMs / Math.max(0.1, smallMs), outcome);
            if (largeMs > worst) {
                worst = largeMs;
                worstName = shape.name();
            }
        }
        System.out.printf("worst page: %.1f ms of CPU time (%s, %d repetitions); default budget %d ms%n", worst,
                worstName, 2 * n, Extractor.DEFAULT_BUDGET.toMillis());
    }

    /** The best of three runs, in milliseconds of this thread's CPU time (the machine may be busy). */
    private static double best(Extractor extractor, byte[] bytes) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            extractor.extract(page(bytes));
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best / 1e6;
    }

    private static Page page(byte[] bytes) {
        return new Page(bytes, "https://harbour.example.org/news", "text/html", null);
    }
}
