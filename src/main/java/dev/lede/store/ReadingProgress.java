package dev.lede.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** How far into each article the reader got, in percent, for the list to show beside started articles. */
public final class ReadingProgress {
    private ReadingProgress() {
    }

    /** Records {@code percent} (0 to 100) for article {@code id}; 0 forgets it. */
    public static void set(Store store, long id, int percent) {
        synchronized (store) {
            store.write(c -> {
                String sql = percent <= 0 ? "DELETE FROM article_progress WHERE id = ?"
                        : "INSERT INTO article_progress (id, percent) SELECT id, ? FROM articles WHERE id = ?"
                                + " ON CONFLICT(id) DO UPDATE SET percent = excluded.percent";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (percent <= 0) {
                        ps.setLong(1, id);
                    } else {
                        ps.setInt(1, Math.min(100, percent));
                        ps.setLong(2, id);
                    }
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    /** The progress of those of {@code ids} that have one. */
    public static Map<Long, Integer> of(Store store, Collection<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        synchronized (store) {
            return store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, percent FROM article_progress WHERE id IN (" + marks + ")")) {
                    int i = 1;
                    for (long id : ids) {
                        ps.setLong(i++, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getLong(1), rs.getInt(2));
                        }
                    }
                }
                return out;
            });
        }
    }
}
