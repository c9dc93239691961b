package dev.lede.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads newsboat's {@code cache.db} (read-only, never changed): its items with their read and
 * flagged states, and the URLs of its feeds.
 */
public final class NewsboatCache {
    private NewsboatCache() {
    }

    /**
     * One item of a feed.
     *
     * @param flags newsboat's flag letters; any flag means the user marked the item
     */
    public record Item(String url, String title, String author, String feedUrl, Instant published, String content,
                       boolean unread, String flags) {
    }

    /** True when the SQLite file at {@code file} has newsboat's tables. */
    public static boolean isCache(Path file) {
        try (Connection c = open(file);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('rss_item', 'rss_feed')");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 2;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The items not deleted in newsboat, oldest first. */
    public static List<Item> items(Path file) {
        try (Connection c = open(file);
             PreparedStatement ps = c.prepareStatement("""
                     SELECT url, title, author, feedurl, pubDate, content, unread, flags
                     FROM rss_item WHERE deleted = 0 AND url IS NOT NULL AND url != '' ORDER BY pubDate, id""");
             ResultSet rs = ps.executeQuery()) {
            List<Item> out = new ArrayList<>();
            while (rs.next()) {
                long pub = rs.getLong(5);
                out.add(new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        pub > 0 ? Instant.ofEpochSecond(pub) : null, rs.getString(6), rs.getInt(7) != 0,
                        rs.getString(8) == null ? "" : rs.getString(8)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read newsboat's cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** The URLs of newsboat's feeds, for subscriptions. */
    public static List<String> feedUrls(Path file) {
        try (Connection c = open(file);
             PreparedStatement ps = c.prepareStatement("SELECT rssurl FROM rss_feed ORDER BY rssurl");
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read newsboat's cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection open(Path file) throws SQLException {
        return Store.connect("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1");
    }
}
