package dev.lede.render;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * Times layout (HTML blocks, then lines at a width) of each {@link HostileMarkup} shape at
 * growing sizes and prints the worst page: layout must stay linear in the input. Used by
 * {@code bench/layout-hostile.sh}; not a unit test, not shipped in the jar.
 *
 * <p>Usage: {@code LayoutHostileBench [MAX_CHARS]} (default 1,000,000)
 */
public final class LayoutHostileBench {
    private LayoutHostileBench() {
    }

    public static void main(String[] args) {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (IntFunction<String> shape : HostileMarkup.shapes().values()) {
            lay(shape.apply(10_000)); // warm-up
        }
        System.out.printf("%-30s %12s %10s %10s%n", "shape", "characters", "ms", "ms/100k");
        String worst = null;
        double worstMs = 0;
        for (Map.Entry<String, IntFunction<String>> shape : HostileMarkup.shapes().entrySet()) {
            for (int n = max / 4; n <= max; n *= 2) {
                String html = shape.getValue().apply(n);
                long start = System.nanoTime();
                lay(html);
                double ms = (System.nanoTime() - start) / 1e6;
                System.out.printf("%-30s %,12d %10.1f %10.2f%n", shape.getKey(), html.length(), ms,
                        ms * 100_000 / html.length());
                if (ms > worstMs) {
                    worstMs = ms;
                    worst = shape.getKey() + " (" + html.length() + " characters)";
                }
            }
        }
        System.out.printf("worst page: %s, %.0f ms%n", worst, worstMs);
    }

    private static int lay(String html) {
        int lines = 0;
        for (int width : new int[] {40, 80, 200}) {
            lines += Layout.render(HtmlBlocks.read(html), width).lines().size();
        }
        return lines;
    }
}
