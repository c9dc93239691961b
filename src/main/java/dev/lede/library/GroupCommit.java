package dev.lede.library;

import dev.lede.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: threads that each have a small write hand it in, and whichever gets the lock
 * first writes everything handed in so far in one transaction. A refresh saves thousands of
 * items and feed states; one transaction each would spend its time committing. Should a batch
 * fail, each write in it is retried in its own transaction, so one bad write costs only itself.
 */
final class GroupCommit {
    private static final int MAX_BATCH = 256;

    private final Store store;
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leader = new ReentrantLock();

    GroupCommit(Store store) {
        this.store = store;
    }

    private static final class Entry {
        final Runnable work;
        volatile boolean done;
        RuntimeException failure;

        Entry(Runnable work) {
            this.work = work;
        }
    }

    /** Runs {@code work} (store calls) in a transaction, perhaps with others'; returns once it is committed. */
    void run(Runnable work) {
        Entry entry = new Entry(work);
        queue.add(entry);
        leader.lock();
        try {
            while (!entry.done) {
                List<Entry> batch = new ArrayList<>();
                for (Entry next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
                    batch.add(next);
                }
                commit(batch);
            }
        } finally {
            leader.unlock();
        }
        if (entry.failure != null) {
            throw entry.failure;
        }
    }

    private void commit(List<Entry> batch) {
        try {
            store.inOneTransaction(() -> {
                batch.forEach(e -> e.work.run());
                return null;
            });
        } catch (RuntimeException batchFailed) {
            for (Entry e : batch) {
                try {
                    store.inOneTransaction(() -> {
                        e.work.run();
                        return null;
                    });
                } catch (RuntimeException failed) {
                    e.failure = failed;
                }
            }
        }
        batch.forEach(e -> e.done = true);
    }
}
