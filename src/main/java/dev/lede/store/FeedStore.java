package dev.lede.store;

import dev.lede.model.Feed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL of subscriptions (tables {@code feeds} and {@code feed_items}, schema step 5):
 * adding and removing feeds, their conditional-GET state and health, and which items of
 * each feed were already seen. Works through its {@link Store}'s connection and lock.
 */
public final class FeedStore {
    private static final char TAG_SEPARATOR = '\u001f';
    private static final String COLUMNS = """
            f.id, f.url, f.title, f.custom_title, f.site, f.tags, f.category_tags, f.etag, f.last_modified,
            f.status, f.error, f.failures, f.added, f.checked, f.fetched, f.next_poll,
            (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL),
            (SELECT count(*) FROM feed_items i JOIN article_facets x ON x.id = i.article_id
                WHERE i.feed_id = f.id AND x.read = 0)""";

    private final Store store;

    public FeedStore(Store store) {
        this.store = store;
    }

    /** Subscribes; the caller has checked that {@code urlKey} is not yet subscribed. */
    public long add(String url, String urlKey, List<String> tags, String customTitle, boolean categoryTags,
                    Instant now) {
        synchronized (store) {
            return store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO feeds (url, url_key, custom_title, tags, category_tags, added)
                        VALUES (?, ?, ?, ?, ?, ?)""")) {
                    ps.setString(1, url);
                    ps.setString(2, urlKey);
                    ps.setString(3, customTitle);
                    ps.setString(4, String.join(String.valueOf(TAG_SEPARATOR), tags));
                    ps.setInt(5, categoryTags ? 1 : 0);
                    ps.setLong(6, now.toEpochMilli());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    /** The feed subscribed under this normalized URL, if any. */
    public Optional<Feed> byKey(String urlKey) {
        return one("WHERE f.url_key = ?", urlKey);
    }

    public Optional<Feed> get(long id) {
        return one("WHERE f.id = ?", id);
    }

    /** Every subscription, in the order they were added. */
    public List<Feed> all() {
        return many("ORDER BY f.id");
    }

    /** Unsubscribes; the feed's articles stay in the library. False when there is no such feed. */
    public boolean remove(long id) {
        synchronized (store) {
            return store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                    ps.setLong(1, id);
                    return ps.executeUpdate() > 0;
                }
            });
        }
    }

    /**
     * Records a successful fetch with new content: the feed's (possibly moved) URL, title,
     * site and validators; clears any error. A new URL already subscribed as another feed
     * is left as it was.
     */
    public void recordFetched(long id, String url, String urlKey, String title, String site, String etag,
                              String lastModified, Instant now) {
        synchronized (store) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE feeds SET title = coalesce(?, title), site = coalesce(?, site), etag = ?,
                            last_modified = ?, status = 'ok', error = NULL, failures = 0, checked = ?,
                            fetched = ?, next_poll = NULL WHERE id = ?""")) {
                    ps.setString(1, title);
                    ps.setString(2, site);
                    ps.setString(3, etag);
                    ps.setString(4, lastModified);
                    ps.setLong(5, now.toEpochMilli());
                    ps.setLong(6, now.toEpochMilli());
                    ps.setLong(7, id);
                    ps.executeUpdate();
                }
                moveTo(c, id, url, urlKey);
                return null;
            });
        }
    }

    /** Records a 304: nothing changed, the feed is healthy. */
    public void recordNotModified(long id, String url, String urlKey, Instant now) {
        synchronized (store) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE feeds SET status = 'ok', error = NULL, failures = 0, checked = ?, fetched = ?,
                            next_poll = NULL WHERE id = ?""")) {
                    ps.setLong(1, now.toEpochMilli());
                    ps.setLong(2, now.toEpochMilli());
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
                moveTo(c, id, url, urlKey);
                return null;
            });
        }
    }

    /**
     * Records a failed fetch.
     *
     * @param gone     true for a 410: the feed is marked gone and no longer polled
     * @param nextPoll not to be fetched again before this time (Retry-After), or null
     */
    public void recordFailure(long id, boolean gone, String error, Instant nextPoll, Instant now) {
        synchronized (store) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE feeds SET status = ?, error = ?, failures = failures + 1, checked = ?,
                            next_poll = ? WHERE id = ?""")) {
                    ps.setString(1, gone ? "gone" : "error");
                    ps.setString(2, error);
                    ps.setLong(3, now.toEpochMilli());
                    if (nextPoll == null) {
                        ps.setNull(4, Types.INTEGER);
                    } else {
                        ps.setLong(4, nextPoll.toEpochMilli());
                    }
                    ps.setLong(5, id);
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    private static void moveTo(Connection c, long id, String url, String urlKey) throws SQLException {
        if (url == null || urlKey == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE OR IGNORE feeds SET url = ?, url_key = ? WHERE id = ? AND url_key <> ?")) {
            ps.setString(1, url);
            ps.setString(2, urlKey);
            ps.setLong(3, id);
            ps.setString(4, urlKey);
            ps.executeUpdate();
        }
    }

    /** The keys of the items already seen in feed {@code id}. */
    public Set<String> seenItems(long id) {
        synchronized (store) {
            return store.query(c -> {
                Set<String> keys = new HashSet<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT item_key FROM feed_items WHERE feed_id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            keys.add(rs.getString(1));
                        }
                    }
                }
                return keys;
            });
        }
    }

    /**
     * Records that feed {@code feedId} carried item {@code itemKey}, saved as article
     * {@code articleId} (0: not saved), which takes the feed as its feed unless it has one.
     */
    public void linkItem(long feedId, String itemKey, long articleId, Instant now) {
        synchronized (store) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO feed_items (feed_id, item_key, article_id, seen) VALUES (?, ?, ?, ?)
                        ON CONFLICT (feed_id, item_key) DO UPDATE SET article_id = coalesce(excluded.article_id, article_id)""")) {
                    ps.setLong(1, feedId);
                    ps.setString(2, itemKey);
                    if (articleId > 0) {
                        ps.setLong(3, articleId);
                    } else {
                        ps.setNull(3, Types.INTEGER);
                    }
                    ps.setLong(4, now.toEpochMilli());
                    ps.executeUpdate();
                }
                if (articleId > 0) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE articles SET feed_id = ? WHERE id = ? AND feed_id IS NULL")) {
                        ps.setLong(1, feedId);
                        ps.setLong(2, articleId);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
    }

    /** The feed of each given article that has one (article id to feed id). */
    public Map<Long, Long> feedsOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        synchronized (store) {
            return store.query(c -> ByIds.map(c, "SELECT id, feed_id FROM articles"
                    + " WHERE feed_id IS NOT NULL AND id IN (SELECT value FROM json_each(?))", articleIds, rs -> rs.getLong(2)));
        }
    }

    private Optional<Feed> one(String where, Object key) {
        synchronized (store) {
            return store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feeds f " + where)) {
                    ps.setObject(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(feed(rs)) : Optional.<Feed>empty();
                    }
                }
            });
        }
    }

    private List<Feed> many(String tail) {
        synchronized (store) {
            return store.query(c -> {
                List<Feed> feeds = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feeds f " + tail);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        feeds.add(feed(rs));
                    }
                }
                return feeds;
            });
        }
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        String tags = rs.getString(6);
        return new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(String.valueOf(TAG_SEPARATOR))),
                rs.getInt(7) != 0, rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getInt(12), instant(rs, 13), instant(rs, 14), instant(rs, 15), instant(rs, 16),
                rs.getInt(17), rs.getInt(18));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
