package dev.lede.tui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Work for the moments the reader rests: it runs once nothing has come for {@link #QUIET_MS}
 * after a frame, and is dropped when a key (or any message) comes first. Laying out the
 * article under the list's cursor after every j of a quick run down the list took a core
 * from the keys for layouts thrown away at the next key.
 */
final class Resting {
    /**
     * How long the input must be quiet. Longer than a key's auto-repeat (30-40 ms) and quick
     * typing; short enough that the article under the cursor is laid out before an Enter that
     * follows a pause to read the title (laying it out takes 1-2 ms once the code is compiled).
     */
    static final long QUIET_MS = 100;

    private final Consumer<Runnable> later;
    private final AtomicLong turn = new AtomicLong();

    /** @param later runs its argument after the quiet time (on any thread) */
    Resting(Consumer<Runnable> later) {
        this.later = later;
    }

    /** Work run after {@link #QUIET_MS} on a timer thread of its own (a daemon, started on first use). */
    static Resting timed() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lede-resting");
            t.setDaemon(true);
            return t;
        });
        return new Resting(work -> timer.schedule(work, QUIET_MS, TimeUnit.MILLISECONDS));
    }

    /** Work run at once, on the calling thread: no quiet to wait for (benchmarks in one thread). */
    static Resting atOnce() {
        return new Resting(Runnable::run);
    }

    /** Runs {@code work} once the input has been quiet, unless {@link #stir} or another {@code after} comes first. */
    void after(Runnable work) {
        long mine = turn.incrementAndGet();
        later.accept(() -> {
            if (turn.get() == mine) {
                work.run();
            }
        });
    }

    /** Something came: the work waiting for quiet is dropped. */
    void stir() {
        turn.incrementAndGet();
    }
}
