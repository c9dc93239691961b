package dev.lede.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT) or a kill (SIGTERM) during a long command into an interrupt of the
 * thread running it, and holds the process open until that thread has reported what was
 * done and what was cancelled. The JVM then exits with the signal's code (130 or 143).
 */
final class Interruption implements AutoCloseable {
    /** How long the report may take before the process ends anyway. */
    private static final long REPORT_SECONDS = 5;
    private final Thread hook;
    private final CountDownLatch reported = new CountDownLatch(1);

    private Interruption(Thread worker) {
        hook = new Thread(() -> {
            worker.interrupt();
            try {
                reported.await(REPORT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // ending anyway
            }
        }, "lede-interrupt");
    }

    /** Watches for a signal until {@link #close}; the calling thread is the one interrupted. */
    static Interruption onSignal() {
        Interruption interruption = new Interruption(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** The command has reported: let a pending exit go on, or stop watching. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it now returns and the JVM exits
        }
    }
}
