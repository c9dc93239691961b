package dev.lede.tui;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Work for the moments the reader rests: it is due once nothing has come for
 * {@link #QUIET_MS} after a frame, and dropped when a key (or any message) comes first. Laying
 * out the article under the list's cursor after every j of a quick run down the list took a
 * core from the keys for layouts thrown away at the next key.
 *
 * <p>A key only notes the time of its frame here; the UI thread, waiting for messages anyway,
 * waits at most until the work is due and then runs it (the first frame of a burst wakes it
 * from a wait without a time limit once, so that it waits for the quiet moment instead).
 */
final class Resting {
    /**
     * How long the input must be quiet. Longer than a key's auto-repeat (30-40 ms) and quick
     * typing; short enough that the article under the cursor is laid out before an Enter that
     * follows a pause to read the title (laying it out takes 1-2 ms once the code is compiled).
     */
    static final long QUIET_MS = 100;
    private static final long QUIET_NANOS = QUIET_MS * 1_000_000L;

    private record Waiting(Runnable work, long since) {
    }

    private final boolean atOnce;
    private final AtomicReference<Waiting> waiting = new AtomicReference<>();

    private Resting(boolean atOnce) {
        this.atOnce = atOnce;
    }

    /** Work due after the quiet time, run by whoever asks for it with {@link #runDue} or {@link #runNow}. */
    static Resting quiet() {
        return new Resting(false);
    }

    /** Work run at once, on the calling thread: no quiet to wait for (benchmarks that drive keys in one thread). */
    static Resting atOnce() {
        return new Resting(true);
    }

    /** {@code work} is due once the input has been quiet, unless {@link #stir} or another {@code after} comes first. */
    void after(Runnable work) {
        if (atOnce) {
            work.run();
        } else {
            waiting.set(new Waiting(work, System.nanoTime()));
        }
    }

    /** Something came: the work waiting for quiet is dropped. */
    void stir() {
        waiting.set(null);
    }

    /** Nanoseconds until the waiting work is due (0 or less: due now), or -1 when none waits. */
    long dueIn() {
        Waiting w = waiting.get();
        return w == null ? -1 : Math.max(0, w.since() + QUIET_NANOS - System.nanoTime());
    }

    /** Runs the waiting work when it is due; true when it ran. */
    boolean runDue() {
        Waiting w = waiting.get();
        return w != null && System.nanoTime() - w.since() >= QUIET_NANOS && run(w);
    }

    /** Runs the waiting work now, due or not (a test that lets the input rest); true when it ran. */
    boolean runNow() {
        Waiting w = waiting.get();
        return w != null && run(w);
    }

    private boolean run(Waiting w) {
        // taken once: a key that came meanwhile replaced or dropped it
        if (!waiting.compareAndSet(w, null)) {
            return false;
        }
        w.work().run();
        return true;
    }
}
