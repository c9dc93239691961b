package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.sync.FeedSite;
import dev.lede.sync.Forwarder;
import dev.lede.sync.FreshRss;
import dev.lede.sync.ReaderClient;
import dev.lede.sync.ServerItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Lede libraries and a "phone" syncing through one real FreshRSS account. Skipped, with a
 * message, when {@code FRESHRSS_URL} is not set ({@code .ci/run} sets it).
 */
class SyncFreshRssTest {
    @TempDir
    Path dir;
    FreshRss server;
    ReaderClient phone;
    final List<FeedSite> sites = new ArrayList<>();
    final List<String> streams = new ArrayList<>();

    @BeforeEach
    void setUp() {
        server = FreshRss.require();
        phone = server.phone();
    }

    @AfterEach
    void unsubscribeWhatThisTestAdded() throws Exception {
        if (phone == null) {
            return; // skipped: no server
        }
        for (SubscriptionRef s : phoneSubscriptions()) {
            if (sites.stream().anyMatch(site -> s.url.equals(site.feedUrl()))) {
                phone.unsubscribe(s.stream);
            }
        }
        sites.forEach(FeedSite::close);
    }

    record SubscriptionRef(String stream, String url) {
    }

    List<SubscriptionRef> phoneSubscriptions() throws Exception {
        return phone.subscriptions().stream().map(s -> new SubscriptionRef(s.streamId(), s.url())).toList();
    }

    FeedSite site(int n) {
        FeedSite site = new FeedSite(n);
        sites.add(site);
        return site;
    }

    Path library(String name) throws Exception {
        Path db = dir.resolve(name + ".db");
        Path password = dir.resolve(name + ".pw");
        Files.writeString(password, server.password + "\n");
        CliRun add = CliRun.lede(db, "sync", "add", server.url, "--user", server.user, "--password-file", password.toString());
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().startsWith("sync account set: " + server.user + " at "), add.out());
        return db;
    }

    static CliRun sync(Path db) {
        return CliRun.lede(db, "sync");
    }

    static ArticleSummary article(Path db, String url) {
        try (Library library = Library.open(db)) {
            return library.list(Query.ALL, 0, 100_000).stream().filter(a -> a.url().equals(url)).findFirst()
                    .orElseThrow(() -> new AssertionError("no article for " + url));
        }
    }

    static Article full(Path db, String url) {
        try (Library library = Library.open(db)) {
            return library.get(article(db, url).id()).orElseThrow();
        }
    }

    long itemOf(String link) throws Exception {
        for (ServerItem item : phone.contents(ReaderClient.READING_LIST, null, null, 1000, null).items()) {
            if (link.equals(item.link())) {
                return item.id();
            }
        }
        throw new AssertionError("the server has no item for " + link);
    }

    @Test
    void twoLibrariesShareReadStarredAndSubscriptions() throws Exception {
        FeedSite site = site(3);
        phone.quickAdd(site.feedUrl());
        Path a = library("a");
        Path b = library("b");
        CliRun first = sync(a);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("synced: "), first.out());
        assertEquals(0, sync(b).code());

        // Every item became an article with the full text of its page, not the feed's summary.
        for (Path db : List.of(a, b)) {
            for (int i = 1; i <= 3; i++) {
                Article article = full(db, site.link(i));
                assertTrue(article.text().contains(site.fullText(i)), article.text());
                assertFalse(article.read());
            }
        }

        assertEquals(0, CliRun.lede(a, "read", String.valueOf(article(a, site.link(1)).id())).code());
        assertEquals(0, CliRun.lede(a, "bookmark", String.valueOf(article(a, site.link(2)).id())).code());
        CliRun status = CliRun.lede(a, "sync", "status", "--json");
        assertTrue(status.out().contains("\"pending\": 2"), status.out());
        CliRun pushed = sync(a);
        assertTrue(pushed.out().contains("2 changes sent"), pushed.out());
        assertTrue(CliRun.lede(a, "sync", "status", "--json").out().contains("\"pending\": 0"));

        CliRun pulled = sync(b);
        assertEquals(0, pulled.code(), pulled.err());
        assertTrue(article(b, site.link(1)).read());
        assertFalse(article(b, site.link(1)).bookmarked());
        assertTrue(article(b, site.link(2)).bookmarked());
        assertFalse(article(b, site.link(3)).read());
        // Applying the server's state queued nothing to send back.
        assertTrue(CliRun.lede(b, "sync", "status", "--json").out().contains("\"pending\": 0"));

        // A subscription added in one library reaches the other, with its folder as a tag, and
        // its items with the feed: lede refresh syncs when an account is set.
        FeedSite second = site(2);
        CliRun subscribed = CliRun.lede(a, "feed", "add", second.feedUrl(), "-t", "Local News", "--no-refresh");
        assertEquals(0, subscribed.code(), subscribed.err());
        assertTrue(CliRun.lede(a, "sync", "status", "--json").out().contains("\"pending\": 1"));
        CliRun pushedFeed = CliRun.lede(a, "refresh");
        assertEquals(0, pushedFeed.code(), pushedFeed.err());
        assertTrue(pushedFeed.out().contains("1 changes sent"), pushedFeed.out());
        assertTrue(phoneSubscriptions().stream().anyMatch(s -> s.url().equals(second.feedUrl())));
        assertEquals(0, sync(b).code());
        CliRun feeds = CliRun.lede(b, "feed", "list", "--json");
        assertTrue(feeds.out().contains(second.feedUrl()), feeds.out());
        assertTrue(feeds.out().contains("\"local-news\""), feeds.out());
        assertTrue(full(b, second.link(2)).text().contains(second.fullText(2)));
        CliRun fromFeed = CliRun.lede(b, "list", "feed:\"Site " + second.name + "\"", "--json");
        assertTrue(fromFeed.out().contains(second.link(1)) && fromFeed.out().contains(second.link(2)), fromFeed.out());

        // Unsubscribing in the other library reaches the server and then the first library.
        String id;
        try (Library library = Library.open(b)) {
            id = String.valueOf(library.feeds().list().stream().filter(f -> f.url().equals(second.feedUrl()))
                    .findFirst().orElseThrow().id());
        }
        assertEquals(0, CliRun.lede(b, "feed", "rm", id).code());
        assertEquals(0, sync(b).code());
        assertFalse(phoneSubscriptions().stream().anyMatch(s -> s.url().equals(second.feedUrl())));
        assertEquals(0, sync(a).code());
        assertFalse(CliRun.lede(a, "feed", "list", "--json").out().contains(second.feedUrl()));
        assertTrue(full(b, second.link(1)).text().contains(second.fullText(1)), "its articles stay");
    }

    @Test
    void aChangeMadeThroughTheApiReachesLede() throws Exception {
        FeedSite site = site(2);
        phone.quickAdd(site.feedUrl());
        Path db = library("lede");
        assertEquals(0, sync(db).code());
        long item = itemOf(site.link(1));
        // The item's date and author stand; an item whose page is gone is kept from the server's copy.
        assertTrue(full(db, site.link(1)).published().startsWith("2026-11-29T01:00"), full(db, site.link(1)).published());
        Article gone = full(db, site.goneLink());
        assertEquals("Gone story of " + site.name, gone.title());
        assertTrue(gone.text().contains("The feed's own words about the story that went away."), gone.text());

        phone.editTag(List.of(item), ReaderClient.READ, null);
        phone.editTag(List.of(item), ReaderClient.STARRED, null);
        CliRun run = sync(db);
        assertTrue(run.out().contains("2 changed"), run.out());
        assertTrue(article(db, site.link(1)).read());
        assertTrue(article(db, site.link(1)).bookmarked());

        phone.editTag(List.of(item), null, ReaderClient.READ);
        assertEquals(0, sync(db).code());
        assertFalse(article(db, site.link(1)).read());
        assertTrue(article(db, site.link(1)).bookmarked());
        assertFalse(article(db, site.link(2)).read());
    }

    @Test
    void changesMadeOfflineAreQueuedThenPushedOnce() throws Exception {
        FeedSite site = site(2);
        phone.quickAdd(site.feedUrl());
        try (Forwarder forwarder = new Forwarder(server.url)) {
            Path db = dir.resolve("offline.db");
            Path password = dir.resolve("pw");
            Files.writeString(password, server.password);
            assertEquals(0, CliRun.lede(db, "sync", "add", forwarder.url(server.url), "--user", server.user,
                    "--password-file", password.toString()).code());
            assertEquals(0, sync(db).code());
            long articles = article(db, site.link(1)).id();

            forwarder.down();
            CliRun.lede(db, "read", String.valueOf(articles));
            CliRun.lede(db, "bookmark", String.valueOf(articles));
            CliRun down = sync(db);
            assertEquals(1, down.code());
            assertTrue(down.err().startsWith("lede: sync failed: cannot reach the sync server at "), down.err());
            assertEquals(1, down.err().strip().lines().count(), down.err());
            CliRun status = CliRun.lede(db, "sync", "status", "--json");
            assertTrue(status.out().contains("\"pending\": 2"), status.out());
            assertTrue(status.out().contains("\"last_error\": \"cannot reach"), status.out());
            assertTrue(article(db, site.link(1)).read(), "local work untouched");

            forwarder.up();
            CliRun up = sync(db);
            assertEquals(0, up.code(), up.err());
            assertTrue(up.out().contains("2 changes sent"), up.out());
            Set<Long> unread = phone.itemIds(ReaderClient.READING_LIST, ReaderClient.READ);
            Set<Long> starred = phone.itemIds(ReaderClient.STARRED, null);
            long item = itemOf(site.link(1));
            assertFalse(unread.contains(item));
            assertTrue(starred.contains(item));
            CliRun again = sync(db);
            assertTrue(again.out().contains("0 changes sent"), again.out());
            assertTrue(CliRun.lede(db, "sync", "status", "--json").out().contains("\"last_error\": null"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsKept() throws Exception {
        Path db = dir.resolve("wrong.db");
        Path password = dir.resolve("pw");
        Files.writeString(password, "not-the-password");
        CliRun add = CliRun.lede(db, "sync", "add", server.url, "--user", server.user, "--password-file", password.toString());
        assertEquals(1, add.code());
        assertTrue(add.err().startsWith("lede: account not set: the server refused user '" + server.user + "'"), add.err());
        assertFalse(add.err().contains("not-the-password"));
        assertFalse(Files.exists(dir.resolve("wrong.db.sync")));
        assertTrue(CliRun.lede(db, "sync", "status").out().startsWith("no sync account"));
    }

    @Test
    void anExpiredSessionLogsInAgainOnce() throws Exception {
        FeedSite site = site(1);
        phone.quickAdd(site.feedUrl());
        Path db = library("expired");
        Path secret = dir.resolve("expired.db.sync");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        String stale = Files.readString(secret).replaceAll("(?m)^session=.*$", "session=" + server.user + "/0123456789abcdef");
        Files.writeString(secret, stale);

        CliRun run = sync(db);
        assertEquals(0, run.code(), run.err());
        String renewed = Files.readString(secret);
        assertFalse(renewed.contains("0123456789abcdef"));
        assertTrue(renewed.contains("session="));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertTrue(full(db, site.link(1)).text().contains(site.fullText(1)));
        // The session and password are never shown.
        String status = CliRun.lede(db, "sync", "status", "--json").out();
        assertFalse(status.contains(server.password));
        assertNotEquals(-1, status.indexOf("\"user\": \"" + server.user + "\""));

        // Removing the account takes its password file; the articles and feeds stay.
        CliRun rm = CliRun.lede(db, "sync", "rm");
        assertEquals("sync account removed; its articles stay in the library\n", rm.out());
        assertFalse(Files.exists(secret));
        assertTrue(full(db, site.link(1)).text().contains(site.fullText(1)));
        assertTrue(CliRun.lede(db, "sync", "status").out().startsWith("no sync account"));
    }

    @Test
    void aServerThatGoesAwayMidSyncLosesNothingAndDuplicatesNothing() throws Exception {
        FeedSite site = site(2);
        phone.quickAdd(site.feedUrl());
        try (Forwarder forwarder = new Forwarder(server.url)) {
            Path db = dir.resolve("restart.db");
            Path password = dir.resolve("pw");
            Files.writeString(password, server.password);
            assertEquals(0, CliRun.lede(db, "sync", "add", forwarder.url(server.url), "--user", server.user,
                    "--password-file", password.toString()).code());
            assertEquals(0, sync(db).code());
            CliRun.lede(db, "read", String.valueOf(article(db, site.link(1)).id()));
            FeedSite later = site(2);
            phone.quickAdd(later.feedUrl());

            // Pull gets through (subscriptions, unread ids, starred ids, the new items); the
            // server is gone when the push starts.
            forwarder.downAfter(4);
            CliRun cut = sync(db);
            assertEquals(1, cut.code(), cut.out());
            assertTrue(cut.err().startsWith("lede: sync failed: "), cut.err());
            assertTrue(full(db, later.link(2)).text().contains(later.fullText(2)), "what was pulled is kept");
            assertTrue(CliRun.lede(db, "sync", "status", "--json").out().contains("\"pending\": 1"));

            forwarder.up();
            CliRun again = sync(db);
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().startsWith("synced: 0 new articles"), again.out());
            assertTrue(again.out().contains("1 changes sent"), again.out());
            assertFalse(phone.itemIds(ReaderClient.READING_LIST, ReaderClient.READ).contains(itemOf(site.link(1))));
            try (Library library = Library.open(db)) {
                long copies = library.list(Query.ALL, 0, 100_000).stream()
                        .filter(a -> a.url().equals(later.link(1))).count();
                assertEquals(1, copies);
            }
        }
    }

    @Test
    void conflictsAreSettledPerItemAndPerFlag() throws Exception {
        FeedSite site = site(2);
        phone.quickAdd(site.feedUrl());
        Path db = library("conflicts");
        assertEquals(0, sync(db).code());
        long one = itemOf(site.link(1));
        long two = itemOf(site.link(2));

        // Item 1: read in Lede, starred on the phone: both stand. Item 2: starred on the phone,
        // then unstarred in Lede after it: Lede's later change wins; its read flag, changed
        // only on the phone, takes the phone's value.
        CliRun.lede(db, "read", String.valueOf(article(db, site.link(1)).id()));
        phone.editTag(List.of(one), ReaderClient.STARRED, null);
        phone.editTag(List.of(two), ReaderClient.STARRED, null);
        phone.editTag(List.of(two), ReaderClient.READ, null);
        assertEquals(0, sync(db).code()); // item 2 comes back starred and read
        assertTrue(article(db, site.link(2)).bookmarked());
        CliRun.lede(db, "unbookmark", String.valueOf(article(db, site.link(2)).id()));
        CliRun run = sync(db);
        assertEquals(0, run.code(), run.err());

        assertTrue(article(db, site.link(1)).read());
        assertTrue(article(db, site.link(1)).bookmarked());
        assertTrue(article(db, site.link(2)).read());
        assertFalse(article(db, site.link(2)).bookmarked());
        Set<Long> unread = phone.itemIds(ReaderClient.READING_LIST, ReaderClient.READ);
        Set<Long> starred = phone.itemIds(ReaderClient.STARRED, null);
        assertFalse(unread.contains(one));
        assertTrue(starred.contains(one));
        assertFalse(unread.contains(two));
        assertFalse(starred.contains(two));
    }
}
