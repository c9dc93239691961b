package dev.lede.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A query turned into SQL: an optional FTS5 MATCH expression and extra {@code AND}
 * conditions on the {@code article_facets x} table, with their parameters in order.
 */
record SqlQuery(String match, String conditions, List<Object> parameters) {

    /** Binds the MATCH expression (when there is one) and then the parameters. */
    int bind(PreparedStatement ps, int index) throws SQLException {
        if (match != null) {
            ps.setString(index++, match);
        }
        for (Object p : parameters) {
            ps.setObject(index++, p);
        }
        return index;
    }
}
