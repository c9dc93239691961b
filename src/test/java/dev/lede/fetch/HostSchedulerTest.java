package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostSchedulerTest {
    private static final long WAIT = 30; // seconds; a bound against hanging, never a speed check

    @Test
    void aFreeThreadTakesAnotherHostsTaskRatherThanWaitForAFullHost() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (HostScheduler hosts = new HostScheduler(2, 1, "test")) {
            CompletableFuture<String> first = hosts.submit("http://a.example/1", slot -> {
                release.await(WAIT, TimeUnit.SECONDS);
                return "a1";
            });
            CompletableFuture<String> second = hosts.submit("http://a.example/2", slot -> "a2");
            CompletableFuture<String> other = hosts.submit("http://b.example/1", slot -> "b1");
            // The second thread skips a.example's queued task (its one slot is taken) and runs b.example's.
            assertEquals("b1", other.get(WAIT, TimeUnit.SECONDS));
            assertTrue(!first.isDone() && !second.isDone());
            release.countDown();
            assertEquals("a1", first.get(WAIT, TimeUnit.SECONDS));
            assertEquals("a2", second.get(WAIT, TimeUnit.SECONDS));
        }
    }

    @Test
    void closingTheSlotLetsTheHostsNextTaskStartWhileTheFirstStillWorks() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (HostScheduler hosts = new HostScheduler(2, 1, "test")) {
            CompletableFuture<String> first = hosts.submit("http://a.example/1", slot -> {
                slot.close(); // its request is done; what follows is its own work
                release.await(WAIT, TimeUnit.SECONDS);
                return "a1";
            });
            CompletableFuture<String> second = hosts.submit("http://A.example/2", slot -> "a2");
            assertEquals("a2", second.get(WAIT, TimeUnit.SECONDS));
            assertTrue(!first.isDone());
            release.countDown();
            assertEquals("a1", first.get(WAIT, TimeUnit.SECONDS));
        }
    }

    @Test
    void neverMoreTasksAtOnceOnOneHostThanItsSlots() {
        int most = mostAtOnceOnOneHost(40, 0);
        assertTrue(most <= 2, "at most 2 at once, was " + most);
    }

    /**
     * Runs {@code tasks} tasks on 8 threads with 2 slots a host, every {@code hostlessEvery}th
     * without a host (0: none), the others on one host; gives the most that ran there at once.
     */
    private static int mostAtOnceOnOneHost(int tasks, int hostlessEvery) {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Integer>> done = new ArrayList<>();
        try (HostScheduler hosts = new HostScheduler(8, 2, "test")) {
            for (int i = 0; i < tasks; i++) {
                if (hostlessEvery > 0 && i % hostlessEvery == 0) {
                    done.add(hosts.submit(null, slot -> {
                        Thread.sleep(1);
                        return 1;
                    }));
                    continue;
                }
                done.add(hosts.submit("http://one.example/" + i, slot -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(2); // lets the other threads try to start theirs meanwhile
                    running.decrementAndGet();
                    return 1;
                }));
            }
            assertEquals(tasks, done.stream().mapToInt(CompletableFuture::join).sum());
        }
        return most.get();
    }

    @Test
    void aTaskWithoutAHostAndAFailingTaskEachEndTheirFuture() {
        try (HostScheduler hosts = new HostScheduler(1, 1, "test")) {
            CompletableFuture<String> failing = hosts.submit("http://a.example/", slot -> {
                throw new IllegalStateException("broken");
            });
            CompletableFuture<String> hostless = hosts.submit(null, slot -> "done");
            // The failed task's slot was given back: the host's next task runs.
            CompletableFuture<String> next = hosts.submit("http://a.example/2", slot -> "next");
            CompletionException e = assertThrows(CompletionException.class, failing::join);
            assertEquals("broken", e.getCause().getMessage());
            assertEquals("done", hostless.join());
            assertEquals("next", next.join());
        }
    }

    @Test
    void aTaskWithoutAHostRunsWhileHostTasksAreStillQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger hostTasksStarted = new AtomicInteger();
        List<CompletableFuture<Integer>> queued = new ArrayList<>();
        try (HostScheduler hosts = new HostScheduler(1, 2, "test")) {
            CompletableFuture<Integer> blocker = hosts.submit("http://a.example/0", slot -> {
                release.await(WAIT, TimeUnit.SECONDS); // the one thread is busy while the queue fills
                return 0;
            });
            for (int i = 1; i <= 20; i++) {
                queued.add(hosts.submit("http://" + (i % 2 == 0 ? "a" : "b") + ".example/" + i, slot -> {
                    hostTasksStarted.incrementAndGet();
                    return 1;
                }));
            }
            CompletableFuture<Integer> hostless = hosts.submit(null, slot -> hostTasksStarted.get());
            release.countDown();
            // It takes its turn after one task of each host, not after all twenty.
            assertTrue(hostless.get(WAIT, TimeUnit.SECONDS) <= 2, "host tasks before it: " + hostless.join());
            assertEquals(0, blocker.join());
            assertEquals(20, queued.stream().mapToInt(CompletableFuture::join).sum());
        }
    }

    @Test
    void tasksWithoutAHostDoNotLoosenTheLimitPerHost() {
        int most = mostAtOnceOnOneHost(60, 3);
        assertTrue(most <= 2, "at most 2 at once on one.example, was " + most);
    }

    @Test
    void closingCancelsTheTasksNotStarted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        HostScheduler hosts = new HostScheduler(1, 1, "test");
        CompletableFuture<String> running = hosts.submit("http://a.example/", slot -> {
            started.countDown();
            new CountDownLatch(1).await(); // until interrupted
            return "never";
        });
        CompletableFuture<String> queued = hosts.submit("http://b.example/", slot -> "never");
        assertTrue(started.await(WAIT, TimeUnit.SECONDS));
        hosts.close();
        assertThrows(CompletionException.class, running::join); // interrupted
        assertThrows(CancellationException.class, () -> {
            try {
                queued.join();
            } catch (CompletionException e) {
                throw e.getCause();
            }
        });
        assertTrue(hosts.submit(null, slot -> "late").isCancelled());
    }
}
