package dev.lede.bench;

import dev.lede.library.FeedRefresh;
import dev.lede.library.Library;
import java.nio.file.Path;
import java.util.List;

/**
 * For bench/feeds.sh: one refresh of every feed in library DB, timed inside the JVM (start-up
 * excluded), REPEAT times in the same JVM (default 1; later runs show a warm JVM, as in the
 * reader's R). {@code java -cp target/lede.jar:target/test-classes dev.lede.bench.FeedRefreshBench DB JOBS [REPEAT] [--feed-only]}
 */
public final class FeedRefreshBench {
    public static void main(String[] args) {
        boolean feedOnly = List.of(args).contains("--feed-only");
        int repeat = args.length > 2 && args[2].matches("\\d+") ? Integer.parseInt(args[2]) : 1;
        StringBuilder times = new StringBuilder();
        FeedRefresh.Summary summary = null;
        try (Library library = Library.open(Path.of(args[0]))) {
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                summary = library.feeds().refresh(List.of(), Integer.parseInt(args[1]), !feedOnly,
                        new FeedRefresh.Listener() { });
                times.append(String.format("%s%.3f s", i == 0 ? "" : ", then ", (System.nanoTime() - t0) / 1e9));
            }
        }
        System.out.println(times + " in-process: " + summary.line());
    }
}
