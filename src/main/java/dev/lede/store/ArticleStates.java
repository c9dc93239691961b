package dev.lede.store;

import dev.lede.model.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The archive state of articles, and the ids a query matches, for changes to many articles
 * at once (mark everything in view read, archive or tag it), each in one transaction.
 */
public final class ArticleStates {
    private ArticleStates() {
    }

    /** Whether article {@code id} is archived; false when there is none. */
    public static boolean archived(Store store, long id) {
        synchronized (store) {
            return store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT archived FROM articles WHERE id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() && rs.getInt(1) != 0;
                    }
                }
            });
        }
    }

    /** Archives or unarchives the articles of {@code ids}; returns how many there were. */
    public static int setArchived(Store store, Collection<Long> ids, boolean archived) {
        return update(store, "UPDATE articles SET archived = ? WHERE id = ?", ids, archived);
    }

    /** Marks the articles of {@code ids} read or unread; returns how many there were. */
    public static int setRead(Store store, Collection<Long> ids, boolean read) {
        return update(store, "UPDATE articles SET read = ? WHERE id = ?", ids, read);
    }

    private static int update(Store store, String sql, Collection<Long> ids, boolean on) {
        synchronized (store) {
            return store.write(c -> {
                int changed = 0;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (long id : ids) {
                        ps.setInt(1, on ? 1 : 0);
                        ps.setLong(2, id);
                        changed += ps.executeUpdate();
                    }
                }
                return changed;
            });
        }
    }

    /**
     * The ids of the articles matching {@code query} whose read state is not {@code read}
     * (null: all of them), newest saved first.
     */
    public static List<Long> ids(Store store, Query query) {
        SqlQuery where = QuerySql.where(query);
        String sql = where.match() != null
                ? "SELECT x.id FROM articles_fts JOIN article_facets x ON x.id = articles_fts.rowid"
                        + " WHERE articles_fts MATCH ?" + where.conditions() + " ORDER BY x.saved DESC, x.id DESC"
                : "SELECT x.id FROM article_facets x WHERE 1" + where.conditions() + " ORDER BY x.saved DESC, x.id DESC";
        synchronized (store) {
            return store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    where.bind(ps, 1);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                }
            });
        }
    }
}
