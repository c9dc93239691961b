package dev.lede.fetch;

import dev.lede.model.Page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Fetches many URLs at once and hands each page to a handler that stores it, as
 * {@code lede add URL...} does: every URL ends with exactly one {@link Outcome}, saved or
 * failed with a one-line reason, and one failure never stops the others.
 *
 * <p>Progress goes to a {@link Listener} as it happens, in completion order; {@link #run}
 * returns the outcomes in input order once all are done. A terminal can redraw a progress
 * bar from each {@link Progress}; a pipe can print one line per finished URL:
 *
 * <pre>{@code
 * List<Outcome> outcomes = new BulkFetch(fetcher).run(urls, library::savePage, new Listener() {
 *     public void finished(Outcome o, Progress p) {
 *         out.println((o.ok() ? "ok    " : "FAILED") + " " + o.url() + ": " + o.message());
 *     }
 * });
 * }</pre>
 *
 * <p>Instances are immutable and may run several batches at the same time. Interrupting the
 * thread inside {@link #run} stops the batch: URLs not yet done are reported as cancelled.
 */
public final class BulkFetch {
    /** The message of a URL that was never done because the batch was interrupted. */
    public static final String CANCELLED = "cancelled";

    /** Enough to hide network latency without hammering a site or two cores. */
    public static final int DEFAULT_CONCURRENCY = 8;

    /** Stores one fetched page; called on worker threads, up to the concurrency at once. */
    @FunctionalInterface
    public interface PageHandler {
        /**
         * @return the one-line outcome shown to the user, e.g. {@code saved as #12: Title}
         * @throws Exception when the page cannot be stored; its message (first line) becomes
         *         the failure reason, so it should not quote page content; an exception
         *         without a message is reported as {@code internal error: ItsClassName}
         */
        String handle(Page page) throws Exception;
    }

    /** Like {@link PageHandler}, told which URL of the input the page came from (redirects change its URL). */
    @FunctionalInterface
    public interface IndexedHandler {
        String handle(int index, Page page) throws Exception;
    }

    /**
     * What became of one URL.
     *
     * @param index   position of the URL in the input list
     * @param ok      true when the page was fetched and the handler returned normally
     * @param message the handler's result when ok, otherwise why it failed
     */
    public record Outcome(int index, String url, boolean ok, String message) {
        public Outcome {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Where a batch stands, enough to draw {@code [#####     ] 23/50, 2 failed  example.com/...}.
     *
     * @param done    URLs with an outcome, failed ones included
     * @param failed  URLs that failed
     * @param running URLs being fetched or handled right now
     * @param current the URL started most recently of those still running, or null
     */
    public record Progress(int done, int total, int failed, int running, String current) {
        public boolean finished() {
            return done == total;
        }
    }

    /**
     * Hears about a batch as it goes. Calls come from worker threads but never overlap, and
     * each sees the counts right after its event, so a listener needs no locking of its own.
     * Keep them quick (redraw a line, post to a queue): workers wait while one runs.
     */
    public interface Listener {
        /** A URL starts being fetched. */
        default void started(String url, Progress progress) {
        }

        /** A URL has its outcome; called exactly once per URL, the last with a finished progress. */
        default void finished(Outcome outcome, Progress progress) {
        }

        /** This listener, told of each outcome as {@code change} makes it (which may note it on the way). */
        default Listener finishing(java.util.function.UnaryOperator<Outcome> change) {
            Listener told = this;
            return new Listener() {
                @Override
                public void started(String url, Progress progress) {
                    told.started(url, progress);
                }

                @Override
                public void finished(Outcome outcome, Progress progress) {
                    told.finished(change.apply(outcome), progress);
                }
            };
        }
    }

    /** A listener that ignores everything. */
    public static final Listener SILENT = new Listener() {
    };

    private final Fetcher fetcher;
    private final int concurrency;

    /** Runs {@link #DEFAULT_CONCURRENCY} fetches at once. */
    public BulkFetch(Fetcher fetcher) {
        this(fetcher, DEFAULT_CONCURRENCY);
    }

    public BulkFetch(Fetcher fetcher, int concurrency) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("concurrency must be 1 to 256: " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /**
     * Fetches every URL and passes each page to {@code handler}, at most the concurrency at
     * a time, starting them in input order.
     *
     * @return one outcome per URL, in input order
     */
    public List<Outcome> run(List<String> urls, PageHandler handler, Listener listener) {
        Objects.requireNonNull(handler, "handler");
        return runIndexed(urls, (index, page) -> handler.handle(page), listener);
    }

    /** As {@link #run}, with a handler that knows the index of each page's URL. */
    public List<Outcome> runIndexed(List<String> urls, IndexedHandler handler, Listener listener) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(listener, "listener");
        List<String> input = List.copyOf(urls);
        Batch batch = new Batch(input, listener);
        if (input.isEmpty()) {
            return List.of();
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(concurrency, input.size()), task -> {
            Thread thread = new Thread(task, "lede-bulk-" + threads.incrementAndGet());
            thread.setDaemon(true); // an abandoned batch must not keep the program alive
            return thread;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>(input.size());
            for (int i = 0; i < input.size(); i++) {
                int index = i;
                futures.add(workers.submit(() -> {
                    batch.start(index);
                    batch.finish(process(index, input.get(index), handler));
                    return null;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    // Only an Error other than StackOverflowError gets here; the URL still gets its outcome.
                    batch.finish(failed(i, input.get(i), e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            // Settle the outcomes before the workers are interrupted: else a worker woken by
            // shutdownNow could report its URL as "interrupted" instead of "cancelled".
            batch.cancelUnfinished();
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
        return batch.close();
    }

    private Outcome process(int index, String url, IndexedHandler handler) {
        Page page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchException e) {
            return new Outcome(index, url, false, e.getMessage());
        }
        try {
            String message = handler.handle(index, page);
            return new Outcome(index, url, true, message == null || message.isBlank() ? "saved" : firstLine(message));
        } catch (Exception | StackOverflowError e) {
            // Deeply nested pages can overflow a recursive extractor: that is this page's failure only.
            return failed(index, url, e);
        }
    }

    /** The exception's own message when it has one, so a store can phrase its failures. */
    private static Outcome failed(int index, String url, Throwable e) {
        String message = e.getMessage();
        boolean phrased = e instanceof Exception && message != null && !message.isBlank();
        return new Outcome(index, url, false,
                phrased ? firstLine(message) : "internal error: " + e.getClass().getSimpleName());
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** The shared state of one run: outcomes, counts and serialised listener calls. */
    private static final class Batch {
        private final List<String> urls;
        private final Listener listener;
        private final AtomicReferenceArray<Outcome> outcomes;
        private final LinkedHashSet<Integer> running = new LinkedHashSet<>();
        private int done;
        private int failed;
        private boolean closed;

        Batch(List<String> urls, Listener listener) {
            this.urls = urls;
            this.listener = listener;
            this.outcomes = new AtomicReferenceArray<>(urls.size());
        }

        synchronized void start(int index) {
            if (closed) {
                return;
            }
            running.add(index);
            notify(() -> listener.started(urls.get(index), progress()));
        }

        synchronized void finish(Outcome outcome) {
            // The first outcome for a URL wins, so a late worker cannot overwrite "cancelled".
            if (closed || !outcomes.compareAndSet(outcome.index(), null, outcome)) {
                return;
            }
            running.remove(outcome.index());
            done++;
            if (!outcome.ok()) {
                failed++;
            }
            notify(() -> listener.finished(outcome, progress()));
        }

        /** Reports every URL without an outcome yet as cancelled. */
        synchronized void cancelUnfinished() {
            for (int i = 0; i < urls.size(); i++) {
                if (outcomes.get(i) == null) {
                    finish(new Outcome(i, urls.get(i), false, CANCELLED));
                }
            }
        }

        /** Marks what never finished (the batch was interrupted) and ends listener calls. */
        synchronized List<Outcome> close() {
            cancelUnfinished();
            closed = true;
            List<Outcome> result = new ArrayList<>(urls.size());
            for (int i = 0; i < urls.size(); i++) {
                result.add(outcomes.get(i));
            }
            return List.copyOf(result);
        }

        private Progress progress() {
            Integer latest = null;
            for (Integer index : running) {
                latest = index; // insertion order: the last one started most recently
            }
            return new Progress(done, urls.size(), failed, running.size(),
                    latest == null ? null : urls.get(latest));
        }

        private static void notify(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                // A broken progress display must not lose or stop saves.
            }
        }
    }
}
