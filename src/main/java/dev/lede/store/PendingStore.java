package dev.lede.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fetch queue: articles saved with their metadata only (from an import) whose page is
 * still to be fetched, and the last error of those whose fetch failed.
 */
public final class PendingStore {
    private final Store store;

    public PendingStore(Store store) {
        this.store = store;
    }

    /** An article waiting for its page. */
    public record Pending(long id, String url, String title, int attempts, String error) {
    }

    /** The page's metadata that a fetch fills in; null fields keep what the article has. */
    public record Fetched(String title, String byline, String site, String language, String published,
                          String canonicalUrl, String canonicalKey, String excerpt, String leadImage,
                          String html, String text, int words) {
    }

    /** Queues article {@code id} for fetching (in the caller's transaction, if any). */
    public void add(long id) {
        synchronized (store) {
            store.write(c -> {
                // Cached: an import queues thousands in a row.
                PreparedStatement ps = store.statements().get("INSERT OR IGNORE INTO pending_fetches (article_id) VALUES (?)");
                ps.setLong(1, id);
                ps.executeUpdate();
                return null;
            });
        }
    }

    /** Every queued article, oldest queued first. */
    public List<Pending> all() {
        synchronized (store) {
            return store.query(c -> {
                List<Pending> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT a.id, a.url, a.title, p.attempts, p.error
                        FROM pending_fetches p JOIN articles a ON a.id = p.article_id ORDER BY p.article_id""");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
                    }
                }
                return out;
            });
        }
    }

    /**
     * Which of {@code ids} are pending, each with its last error ("" when none yet): what the
     * list shows beside a row.
     */
    public Map<Long, String> states(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        synchronized (store) {
            return store.query(c -> {
                String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT article_id, error FROM pending_fetches WHERE article_id IN (" + marks + ")")) {
                    int i = 1;
                    for (long id : ids) {
                        ps.setLong(i++, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2));
                        }
                    }
                }
                return out;
            });
        }
    }

    /**
     * Gives article {@code id} its fetched body and metadata and takes it off the queue, in one
     * transaction. Read state, bookmark, tags and saved time stay as they are.
     */
    public boolean complete(long id, Fetched f) {
        synchronized (store) {
            return store.write(c -> {
                if (!store.updateBody(id, f.title(), f.html(), f.text(), f.words())) {
                    return false;
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE articles SET byline = coalesce(?, byline), site = coalesce(?, site),
                            language = coalesce(?, language), published = coalesce(published, ?),
                            canonical_url = coalesce(?, canonical_url), canonical_key = coalesce(?, canonical_key),
                            excerpt = coalesce(?, excerpt), lead_image = coalesce(?, lead_image)
                        WHERE id = ?""")) {
                    ps.setString(1, f.byline());
                    ps.setString(2, f.site());
                    ps.setString(3, f.language());
                    ps.setString(4, f.published());
                    ps.setString(5, f.canonicalUrl());
                    ps.setString(6, f.canonicalKey());
                    ps.setString(7, f.excerpt());
                    ps.setString(8, f.leadImage());
                    ps.setLong(9, id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM pending_fetches WHERE article_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                return true;
            });
        }
    }

    /** Records why fetching article {@code id} failed; it stays queued for the next {@code lede fetch}. */
    public void fail(long id, String error) {
        synchronized (store) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE pending_fetches SET attempts = attempts + 1, error = ? WHERE article_id = ?")) {
                    ps.setString(1, error);
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }
}
