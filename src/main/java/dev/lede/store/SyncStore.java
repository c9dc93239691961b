package dev.lede.store;

import dev.lede.model.SyncAccount;
import dev.lede.model.SyncChange;
import dev.lede.model.SyncedFeed;
import dev.lede.model.SyncedItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sync tables (schema step "sync"): the account, the server items Lede holds, the
 * account's subscriptions and the queue of local changes. Shares the store's connection
 * and lock.
 */
public final class SyncStore {
    private final Store store;

    public SyncStore(Store store) {
        this.store = store;
    }

    // ---- account ----

    public Optional<SyncAccount> account() {
        synchronized (store) {
            return store.query(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT url, user, last_sync, last_error FROM sync_account")) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long last = rs.getLong(3);
                    return Optional.of(new SyncAccount(rs.getString(1), rs.getString(2),
                            rs.wasNull() ? null : Instant.ofEpochMilli(last), rs.getString(4)));
                }
            });
        }
    }

    /**
     * Sets the account. A different account (another address or user) starts afresh: what
     * Lede knew of the old one's items, subscriptions and queue is forgotten (articles stay).
     */
    public void setAccount(String url, String user) {
        synchronized (store) {
            store.write(c -> {
                Optional<SyncAccount> old = account();
                if (old.isPresent() && old.get().url().equals(url) && old.get().user().equals(user)) {
                    return null;
                }
                forget(c);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_account(id, url, user) VALUES (1, ?, ?)")) {
                    ps.setString(1, url);
                    ps.setString(2, user);
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    /** Removes the account and all Lede kept for it; the articles stay. */
    public void removeAccount() {
        synchronized (store) {
            store.write(c -> {
                forget(c);
                return null;
            });
        }
    }

    private static void forget(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("sync_account", "sync_items", "sync_feeds", "sync_queue")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /** Records how the last sync ended: {@code error} null for success, which also stamps the time. */
    public void recordSync(Instant finished, String error) {
        synchronized (store) {
            store.write(c -> {
                String sql = error == null ? "UPDATE sync_account SET last_sync = ?, last_error = NULL"
                        : "UPDATE sync_account SET last_error = ?";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (error == null) {
                        ps.setLong(1, finished.toEpochMilli());
                    } else {
                        ps.setString(1, error);
                    }
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    // ---- items ----

    /** Every server item Lede holds, by item id. */
    public Map<Long, SyncedItem> items() {
        synchronized (store) {
            return store.query(c -> {
                Map<Long, SyncedItem> items = new HashMap<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT i.item_id, a.id, i.read, i.starred FROM sync_items i"
                             + " LEFT JOIN articles a ON a.id = i.article_id")) {
                    while (rs.next()) {
                        items.put(rs.getLong(1), new SyncedItem(rs.getLong(1), rs.getLong(2),
                                rs.getInt(3) != 0, rs.getInt(4) != 0));
                    }
                }
                return items;
            });
        }
    }

    /**
     * Records that server item {@code item.itemId()} is article {@code item.articleId()} and
     * gives the article the item's read and starred state, without queueing that as a change.
     * An article that was already read or bookmarked in Lede stays so, and that is queued.
     */
    public void link(Collection<SyncedItem> items, Map<Long, Long> feedOfItem, Instant now) {
        synchronized (store) {
            store.write(c -> {
                applying(c, true);
                try (PreparedStatement insert = c.prepareStatement(
                             "INSERT OR REPLACE INTO sync_items(item_id, article_id, read, starred) VALUES (?, ?, ?, ?)");
                     PreparedStatement flags = c.prepareStatement(
                             "SELECT read, bookmarked FROM articles WHERE id = ?");
                     PreparedStatement update = c.prepareStatement(
                             "UPDATE articles SET read = ?, bookmarked = ? WHERE id = ? AND (read <> ? OR bookmarked <> ?)");
                     PreparedStatement feedItem = c.prepareStatement("""
                             INSERT INTO feed_items (feed_id, item_key, article_id, seen) VALUES (?, ?, ?, ?)
                             ON CONFLICT (feed_id, item_key) DO UPDATE SET article_id = excluded.article_id""");
                     PreparedStatement articleFeed = c.prepareStatement(
                             "UPDATE articles SET feed_id = ? WHERE id = ? AND feed_id IS NULL")) {
                    for (SyncedItem item : items) {
                        boolean read = item.read();
                        boolean starred = item.starred();
                        flags.setLong(1, item.articleId());
                        try (ResultSet rs = flags.executeQuery()) {
                            if (rs.next()) {
                                if (rs.getInt(1) != 0 && !read) {
                                    read = true;
                                    queue(c, SyncChange.Kind.READ, String.valueOf(item.itemId()), "1");
                                }
                                if (rs.getInt(2) != 0 && !starred) {
                                    starred = true;
                                    queue(c, SyncChange.Kind.STARRED, String.valueOf(item.itemId()), "1");
                                }
                            }
                        }
                        insert.setLong(1, item.itemId());
                        insert.setLong(2, item.articleId());
                        insert.setInt(3, item.read() ? 1 : 0);
                        insert.setInt(4, item.starred() ? 1 : 0);
                        insert.executeUpdate();
                        update.setInt(1, read ? 1 : 0);
                        update.setInt(2, starred ? 1 : 0);
                        update.setLong(3, item.articleId());
                        update.setInt(4, read ? 1 : 0);
                        update.setInt(5, starred ? 1 : 0);
                        update.executeUpdate();
                        Long feed = feedOfItem.get(item.itemId());
                        if (feed != null) {
                            // As a refresh would have: the article counts in its feed and matches feed:.
                            feedItem.setLong(1, feed);
                            feedItem.setString(2, "sync:" + item.itemId());
                            feedItem.setLong(3, item.articleId());
                            feedItem.setLong(4, now.toEpochMilli());
                            feedItem.executeUpdate();
                            articleFeed.setLong(1, feed);
                            articleFeed.setLong(2, item.articleId());
                            articleFeed.executeUpdate();
                        }
                    }
                } finally {
                    applying(c, false);
                }
                return null;
            });
        }
    }

    /**
     * Applies the server's state to the items Lede holds: a flag with a queued local change
     * keeps Lede's value (that change is pushed next); any other takes the server's. The
     * server's state is remembered as last seen. Returns how many articles changed.
     */
    public int applyServerState(Collection<SyncedItem> serverState) {
        synchronized (store) {
            return store.write(c -> {
                Map<String, Boolean> pendingFlags = new HashMap<>();
                for (SyncChange change : pending(c)) {
                    if (change.kind() == SyncChange.Kind.READ || change.kind() == SyncChange.Kind.STARRED) {
                        pendingFlags.put(change.kind() + " " + change.target(), Boolean.TRUE);
                    }
                }
                int changed = 0;
                applying(c, true);
                try (PreparedStatement seen = c.prepareStatement(
                             "UPDATE sync_items SET read = ?, starred = ? WHERE item_id = ? AND (read <> ? OR starred <> ?)");
                     PreparedStatement read = c.prepareStatement("UPDATE articles SET read = ? WHERE id = ? AND read <> ?");
                     PreparedStatement starred = c.prepareStatement(
                             "UPDATE articles SET bookmarked = ? WHERE id = ? AND bookmarked <> ?")) {
                    for (SyncedItem item : serverState) {
                        seen.setInt(1, item.read() ? 1 : 0);
                        seen.setInt(2, item.starred() ? 1 : 0);
                        seen.setLong(3, item.itemId());
                        seen.setInt(4, item.read() ? 1 : 0);
                        seen.setInt(5, item.starred() ? 1 : 0);
                        seen.executeUpdate();
                        if (item.articleId() == 0) {
                            continue;
                        }
                        if (!pendingFlags.containsKey("READ " + item.itemId())) {
                            changed += set(read, item.articleId(), item.read());
                        }
                        if (!pendingFlags.containsKey("STARRED " + item.itemId())) {
                            changed += set(starred, item.articleId(), item.starred());
                        }
                    }
                } finally {
                    applying(c, false);
                }
                return changed;
            });
        }
    }

    private static int set(PreparedStatement ps, long id, boolean on) throws SQLException {
        ps.setInt(1, on ? 1 : 0);
        ps.setLong(2, id);
        ps.setInt(3, on ? 1 : 0);
        return ps.executeUpdate();
    }

    private static void applying(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sync_account SET applying = " + (on ? 1 : 0));
        }
    }

    // ---- subscriptions ----

    /** The account's subscriptions as last seen, by title. */
    public List<SyncedFeed> feeds() {
        synchronized (store) {
            return store.query(c -> {
                List<SyncedFeed> feeds = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT stream_id, url, title, site, folders FROM sync_feeds ORDER BY title COLLATE NOCASE, url")) {
                    while (rs.next()) {
                        String folders = rs.getString(5);
                        feeds.add(new SyncedFeed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                folders.isEmpty() ? List.of() : Arrays.asList(folders.split("\n"))));
                    }
                }
                return feeds;
            });
        }
    }

    /**
     * One server subscription to mirror as a feed of the library.
     *
     * @param urlKey the feed URL's normalized key, or null when it is not a URL Lede can follow
     * @param tags   its folders as library tags
     */
    public record Mirror(SyncedFeed feed, String urlKey, List<String> tags) {
    }

    /**
     * Makes the library's feeds follow the server's subscriptions, without queueing any of it
     * back: each becomes (or stays) a feed, its folders as the feed's tags; a subscription
     * that left the server since the last sync takes its feed with it (its articles stay),
     * unless Lede has a subscription to it waiting to be pushed.
     *
     * @return the feed id of each subscription, by stream id
     */
    public Map<String, Long> mirrorFeeds(Collection<Mirror> mirrors, Instant now) {
        synchronized (store) {
            return store.write(c -> {
                applying(c, true);
                try {
                    Map<String, Long> before = new HashMap<>();
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT stream_id, feed_id FROM sync_feeds WHERE feed_id IS NOT NULL")) {
                        while (rs.next()) {
                            before.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM sync_feeds");
                    }
                    Map<String, Long> feedIds = new HashMap<>();
                    for (Mirror m : mirrors) {
                        Long feedId = m.urlKey() == null ? null : feedFor(c, m, now);
                        insertSyncFeed(c, m.feed(), feedId);
                        if (feedId != null) {
                            feedIds.put(m.feed().streamId(), feedId);
                        }
                    }
                    for (Map.Entry<String, Long> gone : before.entrySet()) {
                        if (!feedIds.containsKey(gone.getKey())) {
                            try (PreparedStatement ps = c.prepareStatement("""
                                    DELETE FROM feeds WHERE id = ? AND url NOT IN
                                        (SELECT target FROM sync_queue WHERE kind = 'SUBSCRIBE')""")) {
                                ps.setLong(1, gone.getValue());
                                ps.executeUpdate();
                            }
                        }
                    }
                    return feedIds;
                } finally {
                    applying(c, false);
                }
            });
        }
    }

    private static long feedFor(Connection c, Mirror m, Instant now) throws SQLException {
        String tags = String.join("\u001f", m.tags());
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM feeds WHERE url_key = ?")) {
            ps.setString(1, m.urlKey());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    try (PreparedStatement u = c.prepareStatement("UPDATE feeds SET tags = ?, "
                            + "title = coalesce(title, nullif(?, '')), site = coalesce(site, ?) WHERE id = ?")) {
                        u.setString(1, tags);
                        u.setString(2, m.feed().title());
                        u.setString(3, m.feed().site());
                        u.setLong(4, id);
                        u.executeUpdate();
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO feeds (url, url_key, title, site, tags, added) VALUES (?, ?, nullif(?, ''), ?, ?, ?)")) {
            ps.setString(1, m.feed().url());
            ps.setString(2, m.urlKey());
            ps.setString(3, m.feed().title());
            ps.setString(4, m.feed().site());
            ps.setString(5, tags);
            ps.setLong(6, now.toEpochMilli());
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertSyncFeed(Connection c, SyncedFeed f, Long feedId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO sync_feeds(stream_id, url, title, site, folders, feed_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, f.streamId());
            ps.setString(2, f.url());
            ps.setString(3, f.title());
            if (f.site() == null) {
                ps.setNull(4, Types.VARCHAR);
            } else {
                ps.setString(4, f.site());
            }
            ps.setString(5, String.join("\n", f.folders()));
            if (feedId == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setLong(6, feedId);
            }
            ps.executeUpdate();
        }
    }

    // ---- the queue ----

    /** Queues a change for the next sync; false when there is no account to sync with. */
    public boolean queue(SyncChange.Kind kind, String target, String value) {
        synchronized (store) {
            return store.write(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM sync_account")) {
                    if (!rs.next()) {
                        return false;
                    }
                }
                queue(c, kind, target, value);
                return true;
            });
        }
    }

    private static void queue(Connection c, SyncChange.Kind kind, String target, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_queue(kind, target, value, at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, kind.name());
            ps.setString(2, target);
            ps.setString(3, value);
            ps.setLong(4, System.currentTimeMillis());
            ps.executeUpdate();
        }
    }

    /** The queued changes, oldest first. */
    public List<SyncChange> pending() {
        synchronized (store) {
            return store.query(SyncStore::pending);
        }
    }

    private static List<SyncChange> pending(Connection c) throws SQLException {
        List<SyncChange> changes = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, kind, target, value, at FROM sync_queue ORDER BY seq")) {
            while (rs.next()) {
                changes.add(new SyncChange(rs.getLong(1), SyncChange.Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
            }
        }
        return changes;
    }

    /**
     * Takes pushed changes off the queue, and records flag changes as the server's state now,
     * in one transaction: a change is either still queued or known to the server.
     */
    public void pushed(Collection<SyncChange> changes) {
        synchronized (store) {
            store.write(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM sync_queue WHERE seq = ?");
                     PreparedStatement read = c.prepareStatement("UPDATE sync_items SET read = ? WHERE item_id = ?");
                     PreparedStatement starred = c.prepareStatement("UPDATE sync_items SET starred = ? WHERE item_id = ?")) {
                    for (SyncChange change : changes) {
                        delete.setLong(1, change.seq());
                        delete.executeUpdate();
                        PreparedStatement flag = change.kind() == SyncChange.Kind.READ ? read
                                : change.kind() == SyncChange.Kind.STARRED ? starred : null;
                        if (flag != null) {
                            flag.setInt(1, change.on() ? 1 : 0);
                            flag.setLong(2, Long.parseLong(change.target()));
                            flag.executeUpdate();
                        }
                    }
                }
                return null;
            });
        }
    }
}
