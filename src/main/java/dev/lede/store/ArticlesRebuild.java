package dev.lede.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the {@code articles} table with {@code id INTEGER PRIMARY KEY AUTOINCREMENT}, so
 * that an id once given is never given to another article (without it SQLite reuses the id
 * of the newest article after a delete). SQLite cannot add AUTOINCREMENT to a table, so this
 * follows its documented way to change a table: a new table, the rows copied with their ids,
 * the old one dropped, the new one renamed, and the table's indexes and triggers made again
 * from their own definitions (so that ones added by later features survive too).
 *
 * <p>Runs inside the migration's transaction with foreign keys off ({@link Store} turns them
 * off before it begins: dropping the old table would otherwise delete every tag, body and
 * term vector through ON DELETE CASCADE), and checks the foreign keys before it commits.
 */
final class ArticlesRebuild {
    private static final Pattern ID_COLUMN =
            Pattern.compile("\\bid(\\s+)INTEGER(\\s+)PRIMARY(\\s+)KEY\\b(?!\\s+AUTOINCREMENT)", Pattern.CASE_INSENSITIVE);

    private ArticlesRebuild() {
    }

    static void run(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String table = single(s, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'articles'");
            Matcher id = ID_COLUMN.matcher(table);
            if (!id.find()) {
                return; // already AUTOINCREMENT
            }
            List<String> dependents = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_schema WHERE tbl_name = 'articles'"
                    + " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")) {
                while (rs.next()) {
                    dependents.add(rs.getString(1));
                }
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('articles') ORDER BY cid")) {
                while (rs.next()) {
                    columns.add('"' + rs.getString(1).replace("\"", "\"\"") + '"');
                }
            }
            String list = String.join(", ", columns);
            String created = table.substring(0, id.end()) + " AUTOINCREMENT" + table.substring(id.end());
            created = created.replaceFirst("(?i)^CREATE TABLE\\s+\"?articles\"?", "CREATE TABLE articles_rebuilt");
            // Views and triggers elsewhere (the search view, the body trigger) name "articles";
            // the legacy rename leaves them as they are instead of checking them half-way through.
            s.execute("PRAGMA legacy_alter_table = ON");
            try {
                s.execute(created);
                s.execute("INSERT INTO articles_rebuilt (" + list + ") SELECT " + list + " FROM articles");
                s.execute("DROP TABLE articles");
                s.execute("ALTER TABLE articles_rebuilt RENAME TO articles");
                for (String sql : dependents) {
                    s.execute(sql);
                }
            } finally {
                s.execute("PRAGMA legacy_alter_table = OFF");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) {
                    throw new SQLException("rebuilding the articles table broke a reference from " + rs.getString(1));
                }
            }
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no articles table");
            }
            return rs.getString(1);
        }
    }
}
