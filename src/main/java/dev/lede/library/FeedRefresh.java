package dev.lede.library;

import dev.lede.feed.FeedException;
import dev.lede.feed.FeedItem;
import dev.lede.feed.FeedParser;
import dev.lede.feed.ParsedFeed;
import dev.lede.fetch.FeedFetcher;
import dev.lede.fetch.FeedResponse;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.Fetcher;
import dev.lede.fetch.HostScheduler;
import dev.lede.model.Feed;
import dev.lede.model.WebLinks;
import dev.lede.store.FeedStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One refresh of some feeds: fetches them concurrently (at most {@link #PER_HOST} requests at
 * a time to one host) with conditional GET, and saves each new item as an article with the
 * full text of its page, through the same extraction and de-duplication as {@code lede add}.
 * When the page cannot be fetched or holds no article, the feed's own content is saved
 * instead: an item is never lost. A feed that hangs ends at its timeout and holds up only
 * its own thread. The threads go from host to host ({@link HostScheduler}): a host's slot is
 * held for its request only, and a thread takes another host's work rather than wait.
 */
public final class FeedRefresh {
    /** Politeness: requests at a time to one host, feeds and pages together. */
    static final int PER_HOST = 2;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Hears about a refresh as it goes; calls never overlap. */
    public interface Listener {
        default void started(Feed feed, Progress progress) {
        }

        /** An item became an article (new or joined). */
        default void saved(Feed feed, Progress progress) {
        }

        default void finished(FeedReport report, Progress progress) {
        }
    }

    /** Where a refresh stands. */
    public record Progress(int feedsDone, int feedsTotal, int newArticles, int failed, String current) {
    }

    /** The whole refresh: reports in the order the feeds were given. */
    public record Summary(List<FeedReport> reports) {
        public int newArticles() {
            return reports.stream().mapToInt(FeedReport::newArticles).sum();
        }

        /** Feeds fetched (not skipped). */
        public int feeds() {
            return (int) reports.stream().filter(r -> !r.skipped()).count();
        }

        public int failed() {
            return (int) reports.stream().filter(FeedReport::failed).count();
        }

        /** {@code N new articles from M feeds, K failed}. */
        public String line() {
            return newArticles() + " new article" + (newArticles() == 1 ? "" : "s") + " from " + feeds()
                    + " feed" + (feeds() == 1 ? "" : "s") + ", " + failed() + " failed";
        }
    }

    private final Library library;
    private final FeedStore store;
    private final FeedFetcher feedFetcher;
    /** Made on the first page fetched: a refresh where no feed changed fetches none. */
    private final Supplier<Fetcher> pageFetcher;
    private final GroupCommit commits;
    private final int jobs;
    private final boolean fullText;
    private final Listener listener;
    private int feedsDone;
    private int feedsTotal;
    private int newArticles;
    private int failed;

    FeedRefresh(Library library, FeedStore store, FeedFetcher feedFetcher, Supplier<Fetcher> pageFetcher, int jobs,
                boolean fullText, Listener listener) {
        this.library = library;
        this.store = store;
        this.feedFetcher = feedFetcher;
        this.pageFetcher = pageFetcher;
        this.jobs = jobs;
        this.fullText = fullText;
        this.listener = listener;
        this.commits = new GroupCommit(library.store());
    }

    /**
     * Refreshes {@code feeds}. Gone feeds are skipped unless {@code explicit} (the user named
     * them), and so are feeds whose server asked to wait (Retry-After) until then.
     */
    Summary run(List<Feed> feeds, boolean explicit) {
        try (HostScheduler pool = pool()) {
            synchronized (this) {
                feedsTotal = feeds.size();
            }
            List<CompletableFuture<FeedReport>> reports = new ArrayList<>();
            for (Feed feed : feeds) {
                reports.add(pool.submit(feed.url(), slot -> fetch(feed, explicit, slot))
                        .thenCompose(fetched -> fetched.report != null
                                ? CompletableFuture.completedFuture(fetched.report)
                                : saveItems(fetched, pool))
                        .exceptionally(e -> failure(feed, "internal error: " + rootMessage(e)))
                        .thenApply(this::finished));
            }
            return new Summary(reports.stream().map(CompletableFuture::join).toList());
        }
    }

    /** Saves the items of a feed just fetched and read by {@link Feeds#subscribe}. */
    FeedReport runFetched(Feed feed, FeedResponse response, ParsedFeed parsed) {
        try (HostScheduler pool = pool()) {
            synchronized (this) {
                feedsTotal = 1;
            }
            return finished(saveItems(new Fetched(feed, response, parsed, null), pool).join());
        }
    }

    private HostScheduler pool() {
        return new HostScheduler(jobs, PER_HOST, "lede-refresh");
    }

    /** A fetched and parsed feed, or the report that ended it early. */
    private record Fetched(Feed feed, FeedResponse response, ParsedFeed parsed, FeedReport report) {
    }

    private Fetched fetch(Feed feed, boolean explicit, HostScheduler.Slot slot) {
        Instant now = library.clock().instant();
        if (feed.gone() && !explicit) {
            return new Fetched(feed, null, null, new FeedReport(feed, 0, 0,
                    "gone (HTTP 410), no longer polled; remove it with 'lede feed rm " + feed.id() + "'", false, true));
        }
        if (feed.nextPoll() != null && feed.nextPoll().isAfter(now)) {
            return new Fetched(feed, null, null, new FeedReport(feed, 0, 0,
                    "waiting until " + CLOCK.format(feed.nextPoll()) + ", as the server asked", false, true));
        }
        synchronized (this) {
            notify(() -> listener.started(feed, progress(feed.url())));
        }
        FeedResponse response;
        try (slot) {
            response = feedFetcher.fetch(feed.url(), feed.etag(), feed.lastModified());
        } catch (FetchException e) {
            return failed(feed, e.getMessage(), null);
        }
        String movedTo = response.movedTo();
        String movedKey = movedTo == null ? null : UrlNormalizer.key(movedTo).orElse(null);
        if (response.notModified()) {
            commits.run(() -> store.recordNotModified(feed.id(), movedTo, movedKey, library.clock().instant()));
            return new Fetched(feed, response, null, new FeedReport(feed, 0, 0, "no change", false, false));
        }
        if (response.status() == 410) {
            commits.run(() -> store.recordFailure(feed.id(), true, response.describe() + ": no longer polled", null,
                    library.clock().instant()));
            return new Fetched(feed, response, null, new FeedReport(feed, 0, 0,
                    "failed: " + response.describe() + ", marked gone and no longer polled", true, false));
        }
        if (!response.ok()) {
            String error = response.describe();
            if (response.retryAfter() != null) {
                error += "; retry after " + CLOCK.format(response.retryAfter());
            }
            return failed(feed, error, response.retryAfter());
        }
        try {
            return new Fetched(feed, response, FeedParser.parse(response.body(), response.url(), response.charset()), null);
        } catch (FeedException e) {
            return failed(feed, e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(feed, "unreadable feed (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private Fetched failed(Feed feed, String error, Instant retryAfter) {
        commits.run(() -> store.recordFailure(feed.id(), false, error, retryAfter, library.clock().instant()));
        return new Fetched(feed, null, null, new FeedReport(feed, 0, 0, "failed: " + error, true, false));
    }

    private FeedReport failure(Feed feed, String error) {
        try {
            store.recordFailure(feed.id(), false, error, null, library.clock().instant());
        } catch (RuntimeException ignored) {
            // the report still says what happened
        }
        return new FeedReport(feed, 0, 0, "failed: " + error, true, false);
    }

    /** Saves the new items of a fetched feed, oldest first, then records the fetch. */
    private CompletableFuture<FeedReport> saveItems(Fetched fetched, HostScheduler pool) {
        Feed feed = fetched.feed();
        Set<String> seen = store.seenItems(feed.id());
        Map<String, FeedItem> fresh = new LinkedHashMap<>();
        List<FeedItem> items = new ArrayList<>(fetched.parsed().items());
        Collections.reverse(items); // feeds list newest first; saving oldest first keeps the list's order
        for (FeedItem item : items) {
            if (!seen.contains(item.key())) {
                fresh.putIfAbsent(item.key(), item);
            }
        }
        AtomicInteger fromFeed = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        List<CompletableFuture<Boolean>> saves = new ArrayList<>();
        for (FeedItem item : fresh.values()) {
            String link = WebLinks.fetchable(item.link());
            // the page a save starts by fetching, whose host it needs a slot on; null when it fetches none
            saves.add(pool.submit(fullText ? link : null, slot -> {
                try {
                    if (save(feed, item, link, slot)) {
                        fromFeed.incrementAndGet();
                    }
                    synchronized (this) {
                        newArticles++;
                        notify(() -> listener.saved(feed, progress(feed.url())));
                    }
                    return true;
                } catch (RuntimeException | StackOverflowError e) {
                    lost.incrementAndGet();
                    return false;
                }
            }));
        }
        return CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).thenApply(done -> {
            int saved = (int) saves.stream().filter(CompletableFuture::join).count();
            FeedResponse r = fetched.response();
            String movedTo = r.movedTo();
            // Validators are kept only when every item landed: else the next refresh would get a 304 and lose them.
            boolean complete = lost.get() == 0;
            commits.run(() -> store.recordFetched(feed.id(), movedTo,
                    movedTo == null ? null : UrlNormalizer.key(movedTo).orElse(null), fetched.parsed().title(),
                    fetched.parsed().link(), complete ? r.etag() : null, complete ? r.lastModified() : null,
                    library.clock().instant()));
            String outcome = saved == 0 ? "no new items" : saved + " new";
            if (fromFeed.get() > 0) {
                outcome += " (" + fromFeed.get() + " from the feed's own text)";
            }
            if (!complete) {
                outcome += ", " + lost.get() + " could not be saved (kept for the next refresh)";
            }
            if (movedTo != null) {
                outcome += "; moved to " + movedTo;
            }
            return new FeedReport(feed, saved, fromFeed.get(), outcome, !complete, false);
        });
    }

    /**
     * Saves one item and records it as seen in its feed.
     *
     * @param link the item's link when it can be fetched, else null; its page is fetched for
     *             the full text when the feed asks for that
     * @return true when it was saved from the feed's content rather than its page
     */
    private boolean save(Feed feed, FeedItem item, String link, HostScheduler.Slot slot) {
        String url = link != null ? link : itemAddress(feed, item);
        String urlKey = UrlNormalizer.key(url).orElseThrow();
        OptionalLong known = library.store().findByKeyCommitted(urlKey, null);
        if (known.isPresent()) {
            slot.close();
            commits.run(() -> store.linkItem(feed.id(), item.key(), known.getAsLong(), library.clock().instant()));
            return false;
        }
        ItemArticle.Read read = ItemArticle.read(itemOf(item), fullText ? link : null, url, address -> {
            try (slot) { // given back once the page is in: the save goes on without the host
                return pageFetcher.get().fetch(address);
            }
        });
        Set<String> tags = new LinkedHashSet<>(feed.tags());
        if (feed.categoryTags()) {
            // a feed's categories are untrusted: one that cannot be a tag is left out, not the item
            item.categories().stream().filter(c -> Tags.problem(c).isEmpty()).forEach(tags::add);
        }
        Library.Prepared prepared = library.prepareExtracted(read.url(), read.key(), read.article(), Tags.checked(tags));
        // The article and its feed item in one transaction (never one without the other), grouped with others'.
        commits.run(() -> {
            SaveOutcome outcome = library.commit(prepared);
            long id;
            if (outcome instanceof SaveOutcome.Saved s) {
                id = s.id();
            } else if (outcome instanceof SaveOutcome.AlreadySaved a) {
                id = a.id();
            } else {
                throw new IllegalStateException(outcome.message());
            }
            store.linkItem(feed.id(), item.key(), id, library.clock().instant());
        });
        return read.fromItem();
    }

    /** What the feed states about the item, as an article takes it. */
    private static ItemArticle.Item itemOf(FeedItem item) {
        return new ItemArticle.Item(item.title(), item.author(),
                item.published() != null ? item.published() : item.updated(), item.content(), item.body());
    }

    /** An address for an item without a link: the feed's, made unique by the item's key. */
    static String itemAddress(Feed feed, FeedItem item) {
        String key = item.key();
        String hash = Long.toHexString(key.hashCode() & 0xffffffffL) + Long.toHexString(key.length());
        return feed.url().replaceAll("#.*$", "") + (feed.url().contains("?") ? "&" : "?") + "lede-item=" + hash;
    }

    private synchronized FeedReport finished(FeedReport report) {
        feedsDone++;
        if (report.failed()) {
            failed++;
        }
        notify(() -> listener.finished(report, progress(null)));
        return report;
    }

    private Progress progress(String current) {
        return new Progress(feedsDone, feedsTotal, newArticles, failed, current);
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            // a broken progress display must not stop a refresh
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName());
    }
}
