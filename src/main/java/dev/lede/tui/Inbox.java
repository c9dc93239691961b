package dev.lede.tui;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The UI's messages in the order they came: keys, resizes, results of work done off the UI
 * thread. Adding one wakes the UI thread when it waits; a key handled by the thread that read
 * it is added {@linkplain #addQuietly quietly}, without the wake-up.
 */
final class Inbox {
    private final Queue<Msg> messages = new ConcurrentLinkedQueue<>();
    private volatile Thread waiting;
    private volatile boolean signalled;

    /** Adds {@code msg} and wakes the UI thread. */
    void add(Msg msg) {
        messages.add(msg);
        wake();
    }

    /** Adds {@code msg} for the calling thread to handle itself (or the thread handling messages now). */
    void addQuietly(Msg msg) {
        messages.add(msg);
    }

    Msg poll() {
        return messages.poll();
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Wakes the UI thread, waiting now or on its next {@link #await}. */
    void wake() {
        signalled = true;
        Thread t = waiting;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** As {@link #await}, for at most {@code nanos}. */
    void await(long nanos) {
        waiting = Thread.currentThread();
        long deadline = System.nanoTime() + nanos;
        while (!signalled) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(this, left);
        }
        signalled = false;
    }

    /** Waits, on the UI thread, until {@link #add} or {@link #wake} was called since the last wait. */
    void await() {
        waiting = Thread.currentThread();
        while (!signalled) {
            LockSupport.park(this); // untimed: the thread shows as WAITING, which tests wait for
        }
        signalled = false;
    }
}
