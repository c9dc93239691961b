package dev.lede.store;

import dev.lede.model.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalInt;

/**
 * Where an article stands in a date-ordered list (newest saved first), so that the reader
 * can put its cursor on an article just saved or brought back however far down it is.
 */
public final class ListPosition {
    private ListPosition() {
    }

    /**
     * The index of article {@code id} in the list of {@code query}; empty when the article is
     * not in that list, or the query has words (ranked lists have no fixed order to count in).
     */
    public static OptionalInt of(Store store, Query query, long id) {
        SqlQuery where = QuerySql.where(query);
        if (where.match() != null) {
            return OptionalInt.empty();
        }
        // the articles that sort before it, counted only when it matches the query itself
        String sql = "SELECT (SELECT count(*) FROM article_facets x, article_facets me WHERE me.id = ?"
                + " AND (x.saved, x.id) > (me.saved, me.id)" + where.conditions() + ")"
                + ", EXISTS (SELECT 1 FROM article_facets x WHERE x.id = ?" + where.conditions() + ")";
        synchronized (store) {
            return store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, id);
                    int i = bindConditions(where, ps, 2);
                    ps.setLong(i++, id);
                    bindConditions(where, ps, i);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() && rs.getInt(2) == 1 ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
                    }
                }
            });
        }
    }

    private static int bindConditions(SqlQuery where, PreparedStatement ps, int index) throws java.sql.SQLException {
        for (Object p : where.parameters()) {
            ps.setObject(index++, p);
        }
        return index;
    }
}
