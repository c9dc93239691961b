package dev.lede.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The codec benchmark's way in (test sources only): {@link TermVectorCodec} is package-private,
 * and the stored vectors are read here, in {@code store}, where the SQL lives.
 */
public final class CodecBenchAccess {
    private CodecBenchAccess() {
    }

    /** One stored vector as the library keeps it. */
    public record Stored(long articleId, int length, byte[] packed) {
    }

    /** Every non-empty stored vector of the library file {@code db}, opened read-only. */
    public static List<Stored> readAll(Path db) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        List<Stored> all = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT article_id, length, terms FROM related_vectors ORDER BY article_id")) {
            while (rs.next()) {
                byte[] packed = rs.getBytes(3);
                if (packed != null && packed.length > 0) {
                    all.add(new Stored(rs.getLong(1), rs.getInt(2), packed));
                }
            }
        }
        return all;
    }

    public static TermVector unpack(Stored s) {
        return TermVectorCodec.unpack(s.articleId(), s.length(), s.packed());
    }

    public static byte[] pack(TermVector v) {
        return TermVectorCodec.pack(v.termIds(), v.counts(), v.flags());
    }
}
