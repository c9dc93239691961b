package dev.lede.fetch;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs tasks that each start with a request to some host on a fixed number of threads,
 * politely: at most {@code perHost} of them hold a slot on one host at a time. A free
 * thread takes the oldest task of the next host (in turn) that has a free slot, so it never
 * sits waiting for a busy host while another host's task is ready. A thread that waited for
 * its task's host instead (a plain pool with a per-host semaphore) idles whenever the queue
 * holds a run of one host's tasks, as a feed's items all are: the refresh then ran at the
 * pace of one host's two requests, with a core idle.
 *
 * <p>A task gets its {@link Slot} and closes it once its requests are done, so that what it
 * does next (extracting, saving) no longer counts against the host; the slot is closed when
 * the task ends in any case. Tasks given no URL need no slot; they take turns as one more
 * host without a limit, so a long queue of host tasks cannot hold them back (nor they it).
 *
 * <pre>{@code
 * try (HostScheduler hosts = new HostScheduler(8, 2, "lede-refresh")) {
 *     CompletableFuture<Page> page = hosts.submit(url, slot -> {
 *         try (slot) { return fetcher.fetch(url); }
 *     });
 * }
 * }</pre>
 */
public final class HostScheduler implements AutoCloseable {
    /** Work that starts with requests to one host. */
    @FunctionalInterface
    public interface Task<T> {
        T run(Slot slot) throws Exception;
    }

    /** A task's hold on its host; closing it (again) is harmless. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final int perHost;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    /** Hosts in the order they are served, each with its waiting tasks and slots in use; guarded by lock. */
    private final Map<String, Host> hosts = new HashMap<>();
    private final ArrayDeque<Host> turns = new ArrayDeque<>();
    /** The tasks given no URL: a host of their own in the turns, never full, never in {@link #hosts}. */
    private final Host hostless = new Host(null);
    private final List<Thread> threads = new ArrayList<>();
    private boolean closed;

    private static final class Host {
        final String name;
        final ArrayDeque<Entry<?>> waiting = new ArrayDeque<>();
        int busy;

        Host(String name) {
            this.name = name;
        }
    }

    private record Entry<T>(Host host, Task<T> task, CompletableFuture<T> result) {
    }

    /** Starts {@code threads} daemon threads named {@code name-1}, {@code name-2}, .... */
    public HostScheduler(int threads, int perHost, String name) {
        if (threads < 1 || perHost < 1) {
            throw new IllegalArgumentException("threads and perHost must be at least 1: " + threads + ", " + perHost);
        }
        this.perHost = perHost;
        for (int i = 1; i <= threads; i++) {
            Thread thread = new Thread(this::work, name + "-" + i);
            thread.setDaemon(true);
            this.threads.add(thread);
            thread.start();
        }
    }

    /**
     * Queues {@code task}, which will get a slot on the host of {@code url} (null: none needed).
     * The future completes with its result or exception, or is cancelled by {@link #close}.
     */
    public <T> CompletableFuture<T> submit(String url, Task<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        lock.lock();
        try {
            if (closed) {
                result.cancel(false);
                return result;
            }
            Host host = url == null ? hostless : hosts.computeIfAbsent(host(url), Host::new);
            if (host.waiting.isEmpty()) {
                turns.add(host);
            }
            host.waiting.add(new Entry<>(host, task, result));
            ready.signal();
        } finally {
            lock.unlock();
        }
        return result;
    }

    private void work() {
        while (true) {
            Entry<?> entry;
            lock.lock();
            try {
                while ((entry = next()) == null) {
                    if (closed) {
                        return;
                    }
                    ready.awaitUninterruptibly();
                }
            } finally {
                lock.unlock();
            }
            run(entry);
        }
    }

    /** The next task that can start, its slot taken; null when none can. Under the lock. */
    private Entry<?> next() {
        if (closed) {
            return null;
        }
        for (Iterator<Host> it = turns.iterator(); it.hasNext(); ) {
            Host host = it.next();
            if (host == hostless || host.busy < perHost) {
                it.remove();
                Entry<?> entry = host.waiting.poll();
                if (host != hostless) {
                    host.busy++;
                }
                if (!host.waiting.isEmpty()) {
                    turns.add(host); // its next task waits for the other hosts' turns
                }
                return entry;
            }
        }
        return null;
    }

    private <T> void run(Entry<T> entry) {
        Slot slot = entry.host == hostless ? () -> { } : slot(entry.host);
        T value = null;
        Throwable failure = null;
        try {
            value = entry.task.run(slot);
        } catch (Throwable e) {
            failure = e;
        } finally {
            slot.close();
        }
        // Completed after the slot is given back: work chained on the result (saving what was
        // fetched) runs on this thread and must not hold the host meanwhile.
        if (failure != null) {
            entry.result.completeExceptionally(failure);
        } else {
            entry.result.complete(value);
        }
        Thread.interrupted(); // an interrupt meant for this task must not reach the next
    }

    private Slot slot(Host host) {
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                lock.lock();
                try {
                    host.busy--;
                    if (host.busy == 0 && host.waiting.isEmpty()) {
                        hosts.remove(host.name);
                    }
                    ready.signal();
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    /** Cancels the tasks not started and interrupts the running ones; threads end as their tasks do. */
    @Override
    public void close() {
        List<Entry<?>> dropped = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            for (Host host : turns) {
                dropped.addAll(host.waiting);
                host.waiting.clear();
            }
            turns.clear();
            ready.signalAll();
        } finally {
            lock.unlock();
        }
        dropped.forEach(e -> e.result.completeExceptionally(new CancellationException("refresh stopped")));
        threads.forEach(Thread::interrupt);
    }

    /** The host a URL's requests count against, lower case; "" for a URL without one. */
    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
