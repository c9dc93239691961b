package dev.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rewrites every stored term vector from its first form (varints) to {@link TermVectorCodec}'s,
 * inside the migration's transaction. Vectors are read a batch at a time by article id, so a
 * large library is not held in memory.
 */
final class TermVectorsRepack {
    private static final int BATCH = 1000;

    private TermVectorsRepack() {
    }

    static void run(Connection c) throws SQLException {
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement("SELECT article_id, length, terms FROM related_vectors"
                + " WHERE article_id > ? ORDER BY article_id LIMIT " + BATCH);
             PreparedStatement write = c.prepareStatement("UPDATE related_vectors SET terms = ? WHERE article_id = ?")) {
            while (true) {
                read.setLong(1, after);
                int n = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        TermVector v = TermVectorCodec.unpackVarints(after, rs.getInt(2), rs.getBytes(3));
                        write.setBytes(1, TermVectorCodec.pack(v.termIds(), v.counts(), v.flags()));
                        write.setLong(2, after);
                        write.addBatch();
                        n++;
                    }
                }
                if (n == 0) {
                    return;
                }
                write.executeBatch();
            }
        }
    }
}
