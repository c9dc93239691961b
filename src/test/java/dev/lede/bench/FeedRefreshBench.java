package dev.lede.bench;

import dev.lede.library.FeedRefresh;
import dev.lede.library.Library;
import java.nio.file.Path;
import java.util.List;

/**
 * For bench/feeds.sh: one refresh of every feed in library DB, timed inside the JVM (start-up
 * excluded). {@code java -cp target/lede.jar:target/test-classes dev.lede.bench.FeedRefreshBench DB JOBS [--feed-only]}
 */
public final class FeedRefreshBench {
    public static void main(String[] args) {
        boolean feedOnly = args.length > 2 && args[2].equals("--feed-only");
        try (Library library = Library.open(Path.of(args[0]))) {
            long t0 = System.nanoTime();
            FeedRefresh.Summary summary = library.feeds().refresh(List.of(), Integer.parseInt(args[1]), !feedOnly,
                    new FeedRefresh.Listener() { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%.3f s in-process: %s%n", seconds, summary.line());
        }
    }
}
