package dev.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Lookups keyed by a set of ids, handed to SQLite as one JSON array (one statement, any count). */
final class ByIds {
    /** Reads the value of a row (its first column is the id). */
    interface Column<V> {
        V read(ResultSet row) throws SQLException;
    }

    private ByIds() {
    }

    /** Runs {@code sql}, whose one parameter is {@code ids}, into a map from each row's first column to its value. */
    static <V> Map<Long, V> map(Connection c, String sql, Collection<Long> ids, Column<V> value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return map(ps, ids, value);
        }
    }

    /**
     * As {@link #map(Connection, String, Collection, Column)}, its statement kept in {@code sql}:
     * asked at every save.
     */
    static <V> Map<Long, V> map(StatementCache sql, String query, Collection<Long> ids, Column<V> value)
            throws SQLException {
        return map(sql.get(query), ids, value);
    }

    private static <V> Map<Long, V> map(PreparedStatement ps, Collection<Long> ids, Column<V> value) throws SQLException {
        Map<Long, V> values = new HashMap<>();
        ps.setString(1, ids.toString());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getLong(1), value.read(rs));
            }
        }
        return values;
    }
}
