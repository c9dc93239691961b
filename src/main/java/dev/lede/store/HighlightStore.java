package dev.lede.store;

import dev.lede.model.Highlight;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Highlights of articles: passages with notes, in the order they occur in the article. */
public final class HighlightStore {
    private final Store store;

    public HighlightStore(Store store) {
        this.store = store;
    }

    /**
     * Adds the highlights article {@code id} does not have yet (same quote and note), so that
     * importing the same export twice adds nothing. Returns how many were added.
     */
    public int addNew(long id, Collection<Highlight> highlights) {
        if (highlights.isEmpty()) {
            return 0;
        }
        synchronized (store) {
            return store.write(c -> {
                List<Highlight> known = of(id);
                int added = 0;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO highlights (article_id, quote, note, position, created) VALUES (?, ?, ?, ?, ?)")) {
                    for (Highlight h : highlights) {
                        boolean seen = known.stream().anyMatch(k -> k.quote().equals(h.quote())
                                && java.util.Objects.equals(k.note(), h.note()));
                        if (seen || h.quote().isBlank()) {
                            continue;
                        }
                        ps.setLong(1, id);
                        ps.setString(2, h.quote());
                        ps.setString(3, h.note());
                        ps.setInt(4, h.position());
                        ps.setLong(5, h.created().toEpochMilli());
                        ps.executeUpdate();
                        known.add(h);
                        added++;
                    }
                }
                return added;
            });
        }
    }

    /**
     * Removes the highlights of article {@code id} with the quote and note of one of
     * {@code highlights}. Returns how many were removed.
     */
    public int remove(long id, Collection<Highlight> highlights) {
        if (highlights.isEmpty()) {
            return 0;
        }
        synchronized (store) {
            return store.write(c -> {
                int removed = 0;
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM highlights WHERE article_id = ? AND quote = ? AND note IS ?")) {
                    for (Highlight h : highlights) {
                        ps.setLong(1, id);
                        ps.setString(2, h.quote());
                        ps.setString(3, h.note());
                        removed += ps.executeUpdate();
                    }
                }
                return removed;
            });
        }
    }

    /** Removes highlights {@code old} of article {@code id} and adds {@code now}, in one transaction. */
    public void replace(long id, Collection<Highlight> old, Collection<Highlight> now) {
        synchronized (store) {
            store.write(c -> {
                remove(id, old);
                addNew(id, now);
                return null;
            });
        }
    }

    /** Places the highlights of article {@code id} that have no position yet in its (new) text. */
    public void place(long id, String text) {
        synchronized (store) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE highlights SET position = instr(?1, quote) - 1 WHERE article_id = ?2 AND position < 0")) {
                    ps.setString(1, text);
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    /** The highlights of article {@code id}, in the order they occur in it (unplaced ones last). */
    public List<Highlight> of(long id) {
        synchronized (store) {
            return store.query(c -> {
                List<Highlight> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT quote, note, position, created FROM highlights WHERE article_id = ?
                        ORDER BY position < 0, position, id""")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Highlight(rs.getString(1), rs.getString(2), rs.getInt(3),
                                    Instant.ofEpochMilli(rs.getLong(4))));
                        }
                    }
                }
                return out;
            });
        }
    }
}
