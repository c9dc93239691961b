package dev.lede.library;

import dev.lede.model.SyncAccount;
import dev.lede.model.SyncChange;
import dev.lede.model.SyncedFeed;
import dev.lede.model.SyncedItem;
import dev.lede.model.WebLinks;
import dev.lede.store.SyncStore;
import dev.lede.sync.ReaderClient;
import dev.lede.sync.ServerItem;
import dev.lede.sync.StreamPage;
import dev.lede.sync.SyncException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
        String base = Library.withScheme(url.strip()).replaceAll("/+$", "");
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
                session -> keepSession(secret, session));
        try {
            Report report = sync(client, account, listener);
            store.recordSync(clock.instant(), null);
            return report;
        } catch (SyncException e) {
            store.recordSync(clock.instant(), e.getMessage());
            throw e;
        }
    }

    /** Keeps a new session for the next sync; one that cannot be kept only costs that sync a log-in. */
    private void keepSession(SyncCredentials.Secret secret, String session) {
        try {
            credentials.write(new SyncCredentials.Secret(secret.password(), session));
        } catch (IllegalStateException e) {
            // the next sync logs in again
        }
    }

    private Report sync(ReaderClient client, SyncAccount account, Listener listener) throws SyncException {
        List<SyncedFeed> subscriptions = client.subscriptions();
        Map<String, Long> feedOfStream = mirror(subscriptions);
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
        int saved = save(found.values(), unread, starred, feedOfStream, listener, fromContent);

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

    /** The server's subscriptions become the library's feeds, folders as tags; returns feed ids by stream id. */
    private Map<String, Long> mirror(List<SyncedFeed> subscriptions) {
        List<SyncStore.Mirror> mirrors = new ArrayList<>();
        for (SyncedFeed s : subscriptions) {
            List<String> folders = s.folders().stream().filter(f -> !f.equals(DEFAULT_FOLDER)).toList();
            String key = s.url().matches("(?i)https?://.+") ? UrlNormalizer.key(s.url()).orElse(null) : null;
            mirrors.add(new SyncStore.Mirror(new SyncedFeed(s.streamId(), s.url(), s.title(), s.site(), folders), key,
                    Tags.checked(folders.stream().filter(f -> Tags.problem(f).isEmpty()).toList())));
        }
        return store.mirrorFeeds(mirrors, clock.instant());
    }

    // ---- saving new items ----

    /**
     * Saves each item as an article: the full text of its link, fetched {@link #FETCHES} at a
     * time; the item's own content when that fails. Articles are stored and linked to their
     * items in batches, so an interrupted sync keeps what it saved and links the rest next time
     * (an item whose link is already saved is linked to that article).
     */
    private int save(Collection<ServerItem> items, Set<Long> unread, Set<Long> starred, Map<String, Long> feedOfStream,
                     Listener listener, int[] fromContent) {
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
                    saved += commit(batch, unread, starred, feedOfStream, fromContent);
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

    /**
     * Extracts one item as {@code lede refresh} does: the page of its link, unless that fails,
     * holds no article or much less text than the item; else the item's own content. The
     * item's date, author and title win over the page's.
     */
    private Prepared prepare(ServerItem item) {
        String link = WebLinks.fetchable(item.link());
        String url = link != null ? UrlNormalizer.withoutUserInfo(link)
                : "https://sync.invalid/item/" + Long.toUnsignedString(item.id(), 16);
        String urlKey = UrlNormalizer.key(url).orElse(url);
        OptionalLong known = library.store().findByKeyCommitted(urlKey, null);
        if (known.isPresent()) {
            return new Prepared(item, new Library.Prepared(new SaveOutcome.AlreadySaved(known.getAsLong(), "")), false);
        }
        ItemArticle.Read read = ItemArticle.read(new ItemArticle.Item(item.title(), item.author(),
                item.published() != null ? item.published().toString() : null, item.content(), item.content()),
                link, url, library::fetchPage);
        return new Prepared(item, library.prepareExtracted(read.url(), read.key(), read.article(), List.of()),
                read.fromItem());
    }

    private int commit(List<Prepared> batch, Set<Long> unread, Set<Long> starred, Map<String, Long> feedOfStream,
                       int[] fromContent) {
        List<SaveOutcome> outcomes = library.commitAll(batch.stream().map(Prepared::prepared).toList());
        List<SyncedItem> links = new ArrayList<>();
        Map<Long, Long> feedOfItem = new HashMap<>();
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
                Long feed = feedOfStream.get(batch.get(i).item().streamId());
                if (feed != null) {
                    feedOfItem.put(item, feed);
                }
            }
        }
        store.link(links, feedOfItem, clock.instant());
        return saved;
    }

    // ---- pushing ----

    /**
     * Pushes the queue in order: subscriptions one by one, flags grouped by value into a few
     * requests, the last change of each item's flag only. Each accepted change leaves the
     * queue at once, so a failure half-way keeps exactly what the server has not accepted.
     */
    private int push(ReaderClient client, List<SyncedFeed> subscriptions) throws SyncException {
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
                    for (SyncedFeed s : subscriptions) {
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
            mirror(client.subscriptions());
        }
        return pushed;
    }
}
