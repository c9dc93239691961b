package dev.lede.library;

import dev.lede.fetch.FetchException;
import dev.lede.model.Page;
import dev.lede.model.SyncAccount;
import dev.lede.model.SyncChange;
import dev.lede.model.SyncedFeed;
import dev.lede.model.SyncedItem;
import dev.lede.store.SyncStore;
import dev.lede.sync.ReaderClient;
import dev.lede.sync.ServerItem;
import dev.lede.sync.StreamPage;
import dev.lede.sync.Subscription;
import dev.lede.sync.SyncException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Keeps a library in step with a Google Reader API account (FreshRSS, Miniflux, Inoreader...).
 *
 * <p>A sync pulls, then pushes. Pull: the subscriptions and their folders; the ids of the
 * unread and of the starred items (two requests however many items there are); the items
 * Lede does not hold yet, each saved as an article with the full text of its link (the
 * server's content when the page cannot be had); then the server's read and starred state
 * onto the articles it holds. Push: the changes queued in Lede since, in order.
 *
 * <p>Conflicts are settled per item and per flag: a flag changed only on one side takes that
 * side's value; a flag changed in Lede since its last sync keeps Lede's value and is pushed,
 * as the server cannot say when its own change was made, and Lede's change is the later one
 * to reach the server. Nothing in the queue is dropped until the server has accepted it.
 */
public final class Sync {
    /** Items asked for in one request. */
    private static final int PAGE = 250;
    /** Item pages fetched at once for their full text. */
    private static final int FETCHES = 8;
    /** Items the server got a little before the last sync are looked at again (clocks differ). */
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    /** FreshRSS files every feed without a folder under this one: it is no folder to Lede. */
    private static final String DEFAULT_FOLDER = "Uncategorized";

    private final Library library;
    private final SyncStore store;
    private final SyncCredentials credentials;
    private final Clock clock;

    Sync(Library library, SyncStore store, Clock clock) {
        this.library = library;
        this.store = store;
        this.credentials = new SyncCredentials(library.file());
        this.clock = clock;
    }

    /** What a sync did. {@code requests} counts HTTP requests to the sync server. */
    public record Report(int newArticles, int fromServerContent, int changedArticles, int pushed,
                         int subscriptions, int requests) {
    }

    /** Hears about a sync's progress; called on the syncing thread. */
    public interface Listener {
        void saving(int done, int total);

        Listener SILENT = (done, total) -> { };
    }

    public Optional<SyncAccount> account() {
        return store.account();
    }

    /** The changes made in Lede that the server has not been told yet, oldest first. */
    public List<SyncChange> pending() {
        return store.pending();
    }

    /** The account's subscriptions as last synced. */
    public List<SyncedFeed> feeds() {
        return store.feeds();
    }

    /**
     * Sets the account after logging in with it, which checks address, user and password;
     * nothing is kept when that fails. Adding the same account again replaces the password.
     */
    public SyncAccount addAccount(String url, String user, String password) throws SyncException {
        String base = url.strip().replaceAll("/+$", "");
        String[] session = new String[1];
        ReaderClient client = new ReaderClient(base, user, password, null, s -> session[0] = s);
        client.login();
        try {
            credentials.write(new SyncCredentials.Secret(password, session[0]));
        } catch (IllegalStateException e) {
            throw new SyncException(SyncException.Kind.LOCAL, e.getMessage());
        }
        store.setAccount(base, user);
        return store.account().orElseThrow();
    }

    /** Forgets the account, its password file and its queue; the articles stay. */
    public boolean removeAccount() throws SyncException {
        boolean had = store.account().isPresent();
        store.removeAccount();
        try {
            credentials.delete();
        } catch (IllegalStateException e) {
            throw new SyncException(SyncException.Kind.LOCAL, e.getMessage());
        }
        return had;
    }

    /** Queues a subscription to the feed at {@code url}, filed under {@code folders}; false without an account. */
    public boolean subscribe(String url, Collection<String> folders) {
        return store.queue(SyncChange.Kind.SUBSCRIBE, url, String.join(",", folders));
    }

    /** Queues an unsubscription, by the server's stream id or the feed's URL; false without an account. */
    public boolean unsubscribe(String streamIdOrUrl) {
        return store.queue(SyncChange.Kind.UNSUBSCRIBE, streamIdOrUrl, "");
    }

    /**
     * Pulls, then pushes. On failure nothing Lede holds is lost: what was saved stays, the
     * queue keeps every change not yet accepted, and the error is recorded for {@code status}.
     */
    public Report run(Listener listener) throws SyncException {
        SyncAccount account = store.account().orElseThrow(() -> new SyncException(SyncException.Kind.LOCAL,
                "no sync account; add one with 'lede sync add URL --user NAME'"));
        SyncCredentials.Secret secret;
        try {
            secret = credentials.read();
        } catch (IllegalStateException e) {
            throw new SyncException(SyncException.Kind.LOCAL, e.getMessage());
        }
        if (secret.password().isEmpty()) {
            throw new SyncException(SyncException.Kind.LOCAL, "the sync password file " + credentials.file()
                    + " is missing; run 'lede sync add " + account.url() + " --user " + account.user() + "' again");
        }
        ReaderClient client = new ReaderClient(account.url(), account.user(), secret.password(), secret.session(),
                session -> credentials.write(new SyncCredentials.Secret(secret.password(), session)));
        try {
            Report report = sync(client, account, listener);
            store.recordSync(clock.instant(), null);
            return report;
        } catch (SyncException e) {
            store.recordSync(clock.instant(), e.getMessage());
            throw e;
        }
    }

    private Report sync(ReaderClient client, SyncAccount account, Listener listener) throws SyncException {
        Instant started = clock.instant();
        List<Subscription> subscriptions = client.subscriptions();
        store.replaceFeeds(feeds(subscriptions));
        Set<Long> unread = client.itemIds(ReaderClient.READING_LIST, ReaderClient.READ);
        Set<Long> starred = client.itemIds(ReaderClient.STARRED, null);
        Map<Long, SyncedItem> known = store.items();

        Set<Long> missing = new HashSet<>(unread);
        missing.addAll(starred);
        missing.removeAll(known.keySet());
        Map<Long, ServerItem> found = new LinkedHashMap<>();
        if (!missing.isEmpty()) {
            Instant since = account.lastSync() == null ? null : account.lastSync().minus(OVERLAP);
            collect(client, ReaderClient.READING_LIST, ReaderClient.READ, since, missing, found);
            if (account.lastSync() == null) {
                collect(client, ReaderClient.STARRED, null, null, missing, found);
            }
            List<Long> rest = new ArrayList<>(missing);
            rest.removeAll(found.keySet());
            for (int i = 0; i < rest.size(); i += PAGE) {
                for (ServerItem item : client.contentsOf(rest.subList(i, Math.min(rest.size(), i + PAGE)))) {
                    if (missing.contains(item.id())) {
                        found.put(item.id(), item);
                    }
                }
            }
        }
        int[] fromContent = new int[1];
        int saved = save(found.values(), unread, starred, listener, fromContent);

        List<SyncedItem> state = new ArrayList<>(known.size());
        for (SyncedItem item : known.values()) {
            state.add(new SyncedItem(item.itemId(), item.articleId(), !unread.contains(item.itemId()),
                    starred.contains(item.itemId())));
        }
        int changed = store.applyServerState(state);

        int pushed = push(client, subscriptions);
        return new Report(saved, fromContent[0], changed, pushed, store.feeds().size(), client.requests());
    }

    /** Pages through a stream, keeping the items asked for, until all are found or the stream ends. */
    private static void collect(ReaderClient client, String stream, String exclude, Instant since, Set<Long> wanted,
                                Map<Long, ServerItem> found) throws SyncException {
        String continuation = null;
        do {
            StreamPage page = client.contents(stream, exclude, since, PAGE, continuation);
            for (ServerItem item : page.items()) {
                if (wanted.contains(item.id())) {
                    found.put(item.id(), item);
                }
            }
            continuation = page.continuation();
        } while (continuation != null && found.size() < wanted.size());
    }

    private static List<SyncedFeed> feeds(List<Subscription> subscriptions) {
        List<SyncedFeed> feeds = new ArrayList<>();
        for (Subscription s : subscriptions) {
            List<String> folders = s.folders().stream().filter(f -> !f.equals(DEFAULT_FOLDER)).toList();
            feeds.add(new SyncedFeed(s.streamId(), s.url(), s.title(), s.site(), folders));
        }
        return feeds;
    }

    // ---- saving new items ----

    /**
     * Saves each item as an article: the full text of its link, fetched {@link #FETCHES} at a
     * time; the item's own content when that fails. Articles are stored and linked to their
     * items in batches, so an interrupted sync keeps what it saved and links the rest next time
     * (an item whose link is already saved is linked to that article).
     */
    private int save(Collection<ServerItem> items, Set<Long> unread, Set<Long> starred, Listener listener,
                     int[] fromContent) {
        if (items.isEmpty()) {
            return 0;
        }
        library.prepareForBulkWrites();
        ExecutorService pool = Executors.newFixedThreadPool(FETCHES, r -> {
            Thread t = new Thread(r, "lede-sync-fetch");
            t.setDaemon(true);
            return t;
        });
        int saved = 0;
        try {
            CompletionService<Prepared> done = new ExecutorCompletionService<>(pool);
            for (ServerItem item : items) {
                done.submit(() -> prepare(item));
            }
            List<Prepared> batch = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                batch.add(done.take().get());
                if (batch.size() >= 32 || i == items.size() - 1) {
                    saved += commit(batch, unread, starred, fromContent);
                    batch.clear();
                    listener.saving(i + 1, items.size());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return saved;
    }

    private record Prepared(ServerItem item, Library.Prepared prepared, boolean fromContent) {
    }

    private Prepared prepare(ServerItem item) {
        String url = item.link() != null && item.link().matches("(?i)https?://.+") ? item.link()
                : "https://sync.invalid/item/" + Long.toUnsignedString(item.id(), 16);
        if (item.link() != null) {
            try {
                Library.Prepared full = library.prepare(library.fetchPage(url), List.of());
                if (!(full.outcome() instanceof SaveOutcome.Failed)) {
                    return new Prepared(item, full, false);
                }
            } catch (FetchException e) {
                // the server's content below
            }
        }
        Library.Prepared content = library.prepare(contentPage(item, url, false), List.of());
        if (content.outcome() instanceof SaveOutcome.Failed) {
            content = library.prepare(contentPage(item, url, true), List.of());
        }
        return new Prepared(item, content, true);
    }

    /** The item's own content as a page: HTML for the extractor, or plain text (title first) when that finds nothing. */
    private static Page contentPage(ServerItem item, String url, boolean plain) {
        String title = item.title().isBlank() ? url : item.title();
        if (plain) {
            String text = org.jsoup.Jsoup.parse(item.content()).text();
            String body = title + "\n\n" + (text.isBlank() ? url : text);
            return new Page(body.getBytes(StandardCharsets.UTF_8), url, "text/plain", "UTF-8");
        }
        String html = "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + escape(title) + "</title></head>"
                + "<body><article><h1>" + escape(title) + "</h1>" + item.content() + "</article></body></html>";
        return new Page(html.getBytes(StandardCharsets.UTF_8), url, "text/html", "UTF-8");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private int commit(List<Prepared> batch, Set<Long> unread, Set<Long> starred, int[] fromContent) {
        List<SaveOutcome> outcomes = library.commitAll(batch.stream().map(Prepared::prepared).toList());
        List<SyncedItem> links = new ArrayList<>();
        int saved = 0;
        for (int i = 0; i < batch.size(); i++) {
            long id = 0;
            if (outcomes.get(i) instanceof SaveOutcome.Saved s) {
                saved++;
                fromContent[0] += batch.get(i).fromContent() ? 1 : 0;
                id = s.id();
            } else if (outcomes.get(i) instanceof SaveOutcome.AlreadySaved a) {
                id = a.id();
            }
            if (id != 0) {
                long item = batch.get(i).item().id();
                links.add(new SyncedItem(item, id, !unread.contains(item), starred.contains(item)));
            }
        }
        store.link(links);
        return saved;
    }

    // ---- pushing ----

    /**
     * Pushes the queue in order: subscriptions one by one, flags grouped by value into a few
     * requests, the last change of each item's flag only. Each accepted change leaves the
     * queue at once, so a failure half-way keeps exactly what the server has not accepted.
     */
    private int push(ReaderClient client, List<Subscription> subscriptions) throws SyncException {
        List<SyncChange> queue = store.pending();
        if (queue.isEmpty()) {
            return 0;
        }
        int pushed = 0;
        boolean subscriptionsChanged = false;
        Map<String, SyncChange> lastOfFlag = new LinkedHashMap<>();
        Map<String, List<SyncChange>> superseded = new LinkedHashMap<>();
        for (SyncChange change : queue) {
            switch (change.kind()) {
                case SUBSCRIBE -> {
                    String stream = client.quickAdd(change.target());
                    List<String> folders = change.value().isEmpty() ? List.of() : List.of(change.value().split(","));
                    if (!folders.isEmpty()) {
                        client.editFolders(stream, folders, List.of());
                    }
                    store.pushed(List.of(change));
                    pushed++;
                    subscriptionsChanged = true;
                }
                case UNSUBSCRIBE -> {
                    String stream = change.target();
                    for (Subscription s : subscriptions) {
                        if (s.url().equals(change.target())) {
                            stream = s.streamId();
                        }
                    }
                    client.unsubscribe(stream);
                    store.pushed(List.of(change));
                    pushed++;
                    subscriptionsChanged = true;
                }
                case READ, STARRED -> {
                    String key = change.kind() + " " + change.target();
                    SyncChange before = lastOfFlag.put(key, change);
                    if (before != null) {
                        superseded.computeIfAbsent(key, k -> new ArrayList<>()).add(before);
                    }
                }
            }
        }
        // One request per (flag, value), in pages.
        Map<String, List<SyncChange>> groups = new LinkedHashMap<>();
        for (SyncChange change : lastOfFlag.values()) {
            groups.computeIfAbsent(change.kind() + " " + change.value(), k -> new ArrayList<>()).add(change);
        }
        for (List<SyncChange> group : groups.values()) {
            SyncChange first = group.get(0);
            String state = first.kind() == SyncChange.Kind.READ ? ReaderClient.READ : ReaderClient.STARRED;
            for (int i = 0; i < group.size(); i += PAGE) {
                List<SyncChange> page = group.subList(i, Math.min(group.size(), i + PAGE));
                List<Long> ids = page.stream().map(c -> Long.parseLong(c.target())).toList();
                client.editTag(ids, first.on() ? state : null, first.on() ? null : state);
                List<SyncChange> done = new ArrayList<>();
                for (SyncChange c : page) {
                    done.addAll(superseded.getOrDefault(c.kind() + " " + c.target(), List.of()));
                    done.add(c);
                }
                store.pushed(done);
                pushed += page.size();
            }
        }
        if (subscriptionsChanged) {
            store.replaceFeeds(feeds(client.subscriptions()));
        }
        return pushed;
    }
}
