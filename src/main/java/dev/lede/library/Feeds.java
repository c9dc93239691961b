package dev.lede.library;

import dev.lede.feed.Autodiscovery;
import dev.lede.feed.FeedException;
import dev.lede.feed.FeedParser;
import dev.lede.feed.ParsedFeed;
import dev.lede.fetch.FeedFetcher;
import dev.lede.fetch.FeedResponse;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchSettings;
import dev.lede.fetch.Fetcher;
import dev.lede.interop.FeedEntry;
import dev.lede.model.Feed;
import dev.lede.store.FeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Subscriptions, the use cases both faces call: subscribe (with autodiscovery), list,
 * unsubscribe, read a feed without saving it, and refresh (see {@link FeedRefresh}).
 */
public final class Feeds {
    private final Library library;
    private final FeedStore store;
    private FetchSettings settings = FetchSettings.defaults().withTotalTimeout(java.time.Duration.ofSeconds(20));

    Feeds(Library library) {
        this.library = library;
        this.store = new FeedStore(library.store());
    }

    /** Uses these limits for feeds and their pages (tests shorten the timeouts). */
    public Feeds withFetchSettings(FetchSettings settings) {
        this.settings = settings;
        return this;
    }

    /** How subscribing to one URL ended. */
    public sealed interface Subscription {
        String message();

        default boolean failed() {
            return this instanceof Failed;
        }
    }

    /** Subscribed; {@code report} is its first refresh, or null without one. */
    public record Subscribed(Feed feed, FeedReport report) implements Subscription {
        @Override
        public String message() {
            int n = report == null ? 0 : report.newArticles();
            return "subscribed #" + feed.id() + ": " + feed.displayTitle() + " (" + n + " new article" + (n == 1 ? "" : "s") + ")";
        }
    }

    public record AlreadySubscribed(Feed feed) implements Subscription {
        @Override
        public String message() {
            return "already subscribed as #" + feed.id();
        }
    }

    public record Failed(String reason) implements Subscription {
        @Override
        public String message() {
            return "failed: " + reason;
        }
    }

    public List<Feed> list() {
        return store.all();
    }

    public Optional<Feed> get(long id) {
        return store.get(id);
    }

    /** Unsubscribes; its articles stay. False when there is no feed {@code id}. */
    public boolean remove(long id) {
        return store.remove(id);
    }

    /** The feed each article came from first, for those that came from one. */
    public Map<Long, Long> feedsOf(Collection<Long> articleIds) {
        return store.feedsOf(articleIds);
    }

    /**
     * Subscribes to {@code url}: a feed, or a page whose {@code <link rel="alternate">} names
     * one. Fetches it to check it is a feed and learn its title; with {@code refresh}, saves
     * its items at once, {@code jobs} pages at a time.
     */
    public Subscription subscribe(String url, Collection<String> tags, boolean categoryTags, boolean refresh, int jobs) {
        String address = Library.withScheme(url);
        Optional<String> key = UrlNormalizer.key(address);
        Optional<Subscription> refused = refusal(address, key);
        if (refused.isPresent()) {
            return refused.get();
        }
        FeedFetcher fetcher = new FeedFetcher(settings);
        FeedResponse response;
        ParsedFeed parsed;
        try {
            response = fetch(fetcher, address);
            try {
                parsed = FeedParser.parse(response.body(), response.url(), response.charset());
            } catch (FeedException notAFeed) {
                List<String> found = Autodiscovery.feeds(response.body(), response.url());
                if (found.isEmpty()) {
                    return new Failed(notAFeed.getMessage() + ", and the page links to no feed");
                }
                address = found.get(0);
                key = UrlNormalizer.key(address);
                Optional<Feed> held = key.flatMap(store::byKey);
                if (held.isPresent()) {
                    return new AlreadySubscribed(held.get());
                }
                response = fetch(fetcher, address);
                parsed = FeedParser.parse(response.body(), response.url(), response.charset());
            }
        } catch (FetchException | FeedException e) {
            return new Failed(e.getMessage());
        }
        String subscribed = response.movedTo() != null ? response.movedTo() : address;
        Optional<String> subscribedKey = UrlNormalizer.key(subscribed);
        if (subscribedKey.isEmpty()) {
            return new Failed("not a valid URL: " + subscribed);
        }
        Optional<Feed> held = store.byKey(subscribedKey.get());
        if (held.isPresent()) {
            return new AlreadySubscribed(held.get());
        }
        long id = store.add(subscribed, subscribedKey.get(), Library.normalizeTags(tags), null, categoryTags,
                library.clock().instant());
        Feed feed = store.get(id).orElseThrow();
        FeedReport report = null;
        if (refresh) {
            report = refresher(jobs, true, new FeedRefresh.Listener() { }).runFetched(feed, response, parsed);
        } else {
            // Title and site now; no validators, so that the first refresh gets the items.
            store.recordFetched(id, null, null, parsed.title(), parsed.link(), null, null, library.clock().instant());
        }
        return new Subscribed(store.get(id).orElseThrow(), report);
    }

    /** Why {@code address} can't be subscribed to (not http(s), or held already); empty when it can. */
    private Optional<Subscription> refusal(String address, Optional<String> key) {
        if (key.isEmpty() || !address.matches("(?i)https?://.+")) {
            return Optional.of(new Failed("not a valid http(s) URL: " + address));
        }
        return store.byKey(key.get()).map(AlreadySubscribed::new);
    }

    private static FeedResponse fetch(FeedFetcher fetcher, String url) throws FetchException {
        FeedResponse response = fetcher.fetch(url, null, null);
        if (!response.ok()) {
            throw new FetchException(response.describe());
        }
        return response;
    }

    /**
     * Subscribes without fetching anything, for imports of subscription lists: the title
     * given (may be null) stands until the first refresh brings the feed's own.
     */
    public Subscription subscribeOffline(String url, String title, Collection<String> tags) {
        String address = Library.withScheme(url);
        Optional<String> key = UrlNormalizer.key(address);
        Optional<Subscription> refused = refusal(address, key);
        if (refused.isPresent()) {
            return refused.get();
        }
        long id = store.add(address, key.get(), Library.normalizeTags(tags),
                title == null || title.isBlank() ? null : title.strip(), false, library.clock().instant());
        return new Subscribed(store.get(id).orElseThrow(), null);
    }

    /** Subscribes, without fetching, to each feed of a subscription list, adding {@code tags} to its own. */
    public List<Subscription> importAll(List<FeedEntry> entries, Collection<String> tags) {
        List<Subscription> outcomes = new ArrayList<>();
        for (FeedEntry e : entries) {
            List<String> all = new ArrayList<>(Tags.fromImport(e.tags())); // the file's: bad ones left out
            all.addAll(tags);
            outcomes.add(subscribeOffline(e.url(), e.title(), all));
        }
        return outcomes;
    }

    /** Every subscription as a subscription-list entry, for OPML export. */
    public List<FeedEntry> entries() {
        return store.all().stream().map(f -> new FeedEntry(f.url(), f.title() == null && f.customTitle() == null
                ? null : f.displayTitle(), f.site(), f.tags())).toList();
    }

    /**
     * Refreshes the feeds with {@code ids} (all when empty), {@code jobs} requests at a time.
     * With {@code fullText} off, items are saved from the feeds' own content without
     * fetching their pages.
     *
     * @throws IllegalArgumentException naming an id that is not a feed
     */
    public FeedRefresh.Summary refresh(List<Long> ids, int jobs, boolean fullText, FeedRefresh.Listener listener) {
        List<Feed> feeds;
        if (ids.isEmpty()) {
            feeds = store.all();
        } else {
            feeds = new ArrayList<>();
            for (long id : ids) {
                feeds.add(store.get(id).orElseThrow(() -> new IllegalArgumentException("no feed #" + id
                        + "; 'lede feed list' shows them")));
            }
        }
        return refresher(jobs, fullText, listener).run(feeds, !ids.isEmpty());
    }

    private FeedRefresh refresher(int jobs, boolean fullText, FeedRefresh.Listener listener) {
        Supplier<Fetcher> pages = settings.equals(FetchSettings.defaults()) ? library::fetcher
                : new Supplier<>() {
                    private Fetcher fetcher;

                    @Override
                    public synchronized Fetcher get() {
                        if (fetcher == null) {
                            fetcher = new Fetcher(settings);
                        }
                        return fetcher;
                    }
                };
        return new FeedRefresh(library, store, new FeedFetcher(settings), pages, jobs, fullText, listener);
    }

    /** Reads a feed from a URL or a file without saving anything. */
    public ParsedFeed read(String urlOrPath) throws FeedException, FetchException, IOException {
        Path path = urlOrPath.matches("(?i)https?://.*") ? null : Path.of(urlOrPath.replaceFirst("^file://", ""));
        if (path != null && Files.exists(path)) {
            if (Files.size(path) > FeedParser.MAX_BYTES) {
                throw new FeedException("feed larger than " + (FeedParser.MAX_BYTES >> 20) + " MB");
            }
            return FeedParser.parse(Files.readAllBytes(path), path.toAbsolutePath().toUri().toString(), null);
        }
        String address = Library.withScheme(urlOrPath);
        if (!address.matches("(?i)https?://.+")) {
            throw new IOException("no such file: " + urlOrPath);
        }
        FeedResponse response = fetch(new FeedFetcher(settings), address);
        return FeedParser.parse(response.body(), response.url(), response.charset());
    }
}
