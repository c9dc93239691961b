package dev.lede.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The time budget of one extraction, checked as the walks go. Counts the thread's CPU time
 * where the JVM measures it, so that a busy machine does not fail pages that are not slow
 * themselves; wall time otherwise.
 */
final class Deadline {
    /** Steps between two looks at the clock: a look costs about a microsecond, a step a few nanoseconds. */
    private static final int STEPS_PER_LOOK = 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final long budgetNanos;
    private final long start;
    private int steps;

    private Deadline(long budgetNanos) {
        this.budgetNanos = budgetNanos;
        this.start = now();
    }

    /** A budget of {@code budget} from now, on the calling thread. */
    static Deadline after(Duration budget) {
        return new Deadline(budget.toNanos());
    }

    /** One step of work: looks at the clock now and then. */
    void step() {
        if (++steps >= STEPS_PER_LOOK) {
            steps = 0;
            check();
        }
    }

    /** Throws {@link PageTooComplexException} when the budget is spent. */
    void check() {
        if (now() - start > budgetNanos) {
            throw new PageTooComplexException(budgetNanos / 1_000_000);
        }
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
