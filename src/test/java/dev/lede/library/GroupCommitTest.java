package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.store.FeedStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    @TempDir
    Path dir;

    @Test
    void writesFromManyThreadsAllLandAndAFailingOneCostsOnlyItself() throws Exception {
        try (Library library = Library.open(dir.resolve("lede.db"))) {
            FeedStore feeds = new FeedStore(library.store());
            GroupCommit commits = new GroupCommit(library.store());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            AtomicInteger failures = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    try {
                        commits.run(() -> {
                            if (n == 77) {
                                throw new IllegalStateException("bad write");
                            }
                            feeds.add("https://f.example/" + n, "f.example/" + n, List.of(), null, false, Instant.EPOCH);
                        });
                    } catch (IllegalStateException e) {
                        failures.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertEquals(1, failures.get());
            assertEquals(199, feeds.all().size());
            assertThrows(IllegalStateException.class, () -> commits.run(() -> {
                throw new IllegalStateException("alone");
            }));
        }
    }
}
