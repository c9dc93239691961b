package dev.lede.store;

import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * One Lede library file. Opening it checks that it is a Lede library this build can read,
 * then applies any missing migrations. Every write runs in one IMMEDIATE transaction, so a
 * TUI and a CLI process can share the file: a writer waits for the other instead of failing.
 *
 * <p>The connection stays in auto-commit mode and transactions are begun by hand: the
 * driver's own IMMEDIATE mode begins the next write transaction as soon as one ends, which
 * would hold the write lock while idle and lock out every other process.
 *
 * <p>Methods are synchronized: one JDBC connection serves all threads of a process.
 */
public final class Store implements AutoCloseable {
    private static final String SETTINGS =
            "?journal_mode=WAL&busy_timeout=10000&foreign_keys=on&synchronous=NORMAL";
    private static final char TAG_SEPARATOR = '\u001f';

    private final Path file;
    private final Connection connection;
    /** Guards {@link #sideConnection}; never taken together with the store's own lock. */
    private final Object sideLock = new Object();
    private Connection sideConnection;
    /** The main connection's statements that saving runs for every article. */
    private final StatementCache statements;

    /** The main connection's cached statements, for the other store classes; use under the store's lock. */
    StatementCache statements() {
        return statements;
    }
    /** The same for the side connection, guarded by {@link #sideLock}. */
    private StatementCache sideStatements;
    /** Bodies stored in the open write transaction and not yet in the full-text index. */
    private final List<Unindexed> unindexed = new ArrayList<>();
    /** Related-stories term vectors read lately, unpacked; both connections share it. */
    private final VectorCache vectors = new VectorCache();
    /** SQLite's data version as this connection last saw it (see forgetVectorsIfChangedElsewhere). */
    private long dataVersion = -1;

    private record Unindexed(long id, String title, String text) {
    }

    /** Opened by {@link #openReadOnly}: never writes, never takes the write lock. */
    private final boolean readOnly;
    /** The URL the side connection opens; a read-only store reads the way its main connection does. */
    private final String sideUrl;

    private Store(Path file, Connection connection, boolean readOnly, String sideUrl) {
        this.file = file;
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.readOnly = readOnly;
        this.sideUrl = sideUrl;
    }

    /** Compressors (they keep zlib state between uses), one per thread that packs or unpacks bodies. */
    private static final ThreadLocal<Compression> PACKERS = ThreadLocal.withInitial(Compression::new);
    /**
     * The words of bodies snippets were made from lately (see SnippetSources): one per store,
     * used under its lock, as the words it hands out are not for two threads at once.
     */
    private final SnippetSources snippetSources = new SnippetSources();

    /**
     * An article body in its stored form, for {@link #insert(Article, String, String, String,
     * StoredTerms, byte[])}. Safe to call on any thread.
     */
    public static byte[] packBody(String text, String html) {
        return PACKERS.get().pack(text, html);
    }

    /**
     * Loads SQLite's native library (and the driver's logging, SLF4J's no-op: see pom.xml):
     * a thread calling this at start-up does it while the command line is read and, in
     * {@link #connect}, the connecting thread builds the driver's date format. The two halves
     * of the driver's first connection then run side by side instead of one after the other.
     */
    public static void warmUp() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError ignored) {
            // opening the library itself reports what is wrong
        }
    }

    /**
     * A connection to SQLite, straight from its driver rather than through DriverManager,
     * whose first use in a process looks for every driver on the class path (about 10 ms
     * before the first query).
     */
    static Connection connect(String url) throws SQLException {
        // Every connection's settings hold a date format in the driver's default pattern,
        // built once per process from the locale's calendar data (about 35 ms in a new
        // process); built first, here, it no longer waits behind the driver's logging and
        // native library, which the warm-up thread loads meanwhile (see warmUp).
        org.sqlite.date.FastDateFormat.getInstance(org.sqlite.SQLiteConfig.DEFAULT_DATE_STRING_FORMAT);
        return org.sqlite.JDBC.createConnection(url, new java.util.Properties());
    }

    /** Opens (creating it and its folder when missing) the library at {@code file}. */
    public static Store open(Path file) {
        return open(file, Migrations.latest(), notice -> { });
    }

    /**
     * As {@link #open(Path)}; {@code notices} hears one line before a library from an older
     * Lede is upgraded, which can take minutes on a large one, so that the user knows why.
     */
    public static Store open(Path file, Consumer<String> notices) {
        return open(file, Migrations.latest(), notices);
    }

    /** Opens the library migrated only up to {@code version}; for migration tests. */
    static Store open(Path file, int version) {
        return open(file, version, notice -> { });
    }

    private static Store open(Path file, int version, Consumer<String> notices) {
        Path absolute = file.toAbsolutePath();
        LibraryFile.checkIsSqliteOrAbsent(absolute);
        LibraryFile.checkWritable(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the library folder " + absolute.getParent()
                    + ": " + e.getMessage() + "; pass a writable --db PATH", e);
        }
        if (Files.exists(absolute)) {
            int existing = LibraryFile.checkReadableVersion(absolute);
            if (existing > 0 && existing < version) {
                notices.accept("upgrading the library to this Lede's format, once: about a minute"
                        + " for every 50,000 articles (" + absolute + ")");
            }
        }
        Connection connection = null;
        try {
            if (LibraryFile.isAbsentOrEmpty(absolute)) {
                FileSpace.createNew(absolute);
            }
            connection = connect("jdbc:sqlite:" + absolute + SETTINGS);
            defineFunctions(connection);
            Store store = new Store(absolute, connection, false,
                    "jdbc:sqlite:" + absolute + "?open_mode=1&busy_timeout=10000");
            store.migrate(version);
            return store;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open the library " + absolute + ": " + reason(e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Opens an existing library for reading only: no write lock is ever taken (a reader does
     * not wait behind another process's import), nothing is written, and a missing file is an
     * error rather than a new empty library. A library from an older Lede is upgraded first,
     * by a writing open. A file nobody may write (mode 0444) is read as immutable, so that no
     * {@code -wal} or {@code -shm} file is left beside it.
     */
    public static Store openReadOnly(Path file) {
        return openReadOnly(file, notice -> { });
    }

    /** As {@link #openReadOnly(Path)}; {@code notices} as for {@link #open(Path, Consumer)}. */
    public static Store openReadOnly(Path file, Consumer<String> notices) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new StoreException("no library at " + absolute
                    + "; check the path, or save an article to create one there");
        }
        LibraryFile.checkIsSqliteOrAbsent(absolute);
        try {
            if (Files.size(absolute) == 0) {
                throw new StoreException("no library at " + absolute + " (the file is empty)"
                        + "; check the path, or save an article to create one there");
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read " + absolute + ": " + e.getMessage(), e);
        }
        if (LibraryFile.checkReadableVersion(absolute) < Migrations.latest()) {
            if (LibraryFile.isReadOnly(absolute)) {
                throw new StoreException(absolute + " was written by an older Lede and must be upgraded,"
                        + " but it is read-only; make it writable (chmod u+w) once");
            }
            open(absolute, notices).close();
        }
        boolean frozen = LibraryFile.isReadOnly(absolute) && !Files.exists(LibraryFile.sidecar(absolute, "-wal"));
        // SQLite reads a file nobody may write without locks or sidecar files only when told it
        // is immutable; any other reader opens it as usual, so that it sees writes of others.
        String url = frozen ? "jdbc:sqlite:" + absolute.toUri() + "?immutable=1&open_mode=1"
                : "jdbc:sqlite:" + absolute + "?busy_timeout=10000&foreign_keys=on";
        Connection connection = null;
        try {
            connection = connect(url);
            LibraryFile.checkNotNewer(absolute, userVersion(connection));
            defineFunctions(connection);
            return new Store(absolute, connection, true, url);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open the library " + absolute + ": " + reason(e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** True when opened by {@link #openReadOnly}: writing methods then fail. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The schema version of the open file. */
    public synchronized int schemaVersion() {
        return query(c -> userVersion(c));
    }

    // ---- opening and migrations ----

    private void migrate(int target) {
        int before = query(c -> userVersion(c));
        LibraryFile.checkNotNewer(file, before);
        if (before >= target) {
            return;
        }
        // A step that rebuilds a table runs with foreign keys off (set outside a transaction),
        // or dropping the old table would cascade; the step checks them before it commits.
        boolean keysOff = Migrations.needsForeignKeysOff(before, target);
        if (keysOff) {
            foreignKeys(false);
        }
        boolean[] compactAfterwards = {false};
        try {
            // Re-read the version under the write lock, so two processes opening a new file at
            // once do not both migrate it.
            write(c -> {
                int version = userVersion(c);
                try (Statement s = c.createStatement()) {
                    for (int step = version; step < target; step++) {
                        for (String sql : Migrations.STEPS.get(step)) {
                            if (sql.equals(Migrations.REBUILD_ARTICLES_WITH_AUTOINCREMENT)) {
                                ArticlesRebuild.run(c);
                            } else if (sql.equals(Migrations.REPACK_TERM_VECTORS)) {
                                TermVectorsRepack.run(c);
                            } else if (sql.equals(Migrations.PACK_POSTINGS)) {
                                PostingBlocks.packRows(c);
                            } else if (sql.equals(Migrations.COMPACT_AFTERWARDS)) {
                                compactAfterwards[0] = version > 0;
                            } else {
                                s.execute(sql);
                            }
                        }
                    }
                    s.execute("PRAGMA user_version = " + Math.max(version, target));
                }
                return null;
            });
        } finally {
            if (keysOff) {
                foreignKeys(true);
            }
        }
        if (before > 0 && before < 3 && target >= 3 || compactAfterwards[0]) {
            compact();
        }
    }

    private void foreignKeys(boolean on) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw new StoreException("cannot open the library " + file + ": " + reason(e), e);
        }
    }

    /**
     * Gives the space that a migration freed (step 3: bodies rewritten, about half the file;
     * the library-size step: the prefix index) back to the file system, and turns incremental
     * vacuum on as a new library has it (see {@link FileSpace}). Takes a while on a large
     * library, once; skipped if another process is busy.
     */
    private void compact() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // the free pages are reused by later saves anyway
        }
    }

    /**
     * The SQL functions the schema relies on (see {@link Compression}): {@code lede_text(body)},
     * which the full-text index reads article text through, and {@code lede_body(text, html)}.
     */
    static void defineFunctions(Connection c) throws SQLException {
        // Called by SQLite on the thread that runs the statement, always under the store's lock.
        Compression compression = new Compression();
        org.sqlite.Function.create(c, "lede_text", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                // The UTF-8 bytes as they are, without a round trip through a Java string:
                // SQLite reads a blob as text in the database's encoding (UTF-8), so the
                // full-text index and snippets see the same text (about 0.1 ms a search hit).
                result(compression.textBytes(value_blob(0)));
            }
        }, 1, org.sqlite.Function.FLAG_DETERMINISTIC);
        org.sqlite.Function.create(c, "lede_body", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(compression.pack(value_text(0), value_text(1)));
            }
        }, 2, org.sqlite.Function.FLAG_DETERMINISTIC);
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    // ---- articles ----

    /**
     * Inserts an article with its tags and returns its id. A zero {@code article.id()} gets a
     * new id; any other id is kept (undoing a delete puts the article back as it was).
     *
     * @param urlKey       the normalized URL, unique in the library
     * @param canonicalKey the normalized canonical URL, or null
     * @param host         lower-case host for {@code site:} filters
     */
    public synchronized long insert(Article article, String urlKey, String canonicalKey, String host) {
        return insert(article, urlKey, canonicalKey, host, null);
    }

    /**
     * Inserts an article as {@link #insert(Article, String, String, String)} does, together with
     * its related-stories terms in the same transaction; null terms queue it for indexing later.
     */
    public synchronized long insert(Article article, String urlKey, String canonicalKey, String host,
            StoredTerms terms) {
        return insert(article, urlKey, canonicalKey, host, terms, null);
    }

    /**
     * Inserts an article with its terms and its body already packed by {@link #packBody}
     * (null: packed here), so that a bulk save compresses on its extracting threads.
     */
    public synchronized long insert(Article article, String urlKey, String canonicalKey, String host,
            StoredTerms terms, byte[] packedBody) {
        byte[] body = packedBody != null ? packedBody : packBody(article.text(), article.html());
        return write(c -> {
            long id;
            {
                PreparedStatement ps = statements.get("""
                    INSERT INTO articles (id, url, url_key, canonical_url, canonical_key, title, byline,
                        site, host, language, published, saved, words, excerpt, lead_image,
                        read, bookmarked, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                int i = 1;
                if (article.id() > 0) {
                    ps.setLong(i++, article.id());
                } else {
                    ps.setNull(i++, java.sql.Types.INTEGER);
                }
                ps.setString(i++, article.url());
                ps.setString(i++, urlKey);
                ps.setString(i++, article.canonicalUrl());
                ps.setString(i++, canonicalKey);
                ps.setString(i++, article.title());
                ps.setString(i++, article.byline());
                ps.setString(i++, article.site());
                ps.setString(i++, host == null ? "" : host);
                ps.setString(i++, article.language());
                ps.setString(i++, article.published());
                ps.setLong(i++, article.saved().toEpochMilli());
                ps.setInt(i++, article.words());
                ps.setString(i++, article.excerpt());
                ps.setString(i++, article.leadImage());
                ps.setInt(i++, article.read() ? 1 : 0);
                ps.setInt(i++, article.bookmarked() ? 1 : 0);
                ps.setInt(i, article.position());
                ps.executeUpdate();
            }
            try (ResultSet rs = statements.get("SELECT last_insert_rowid()").executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            {
                PreparedStatement ps = statements.get("INSERT INTO article_bodies (id, chars, body) VALUES (?, ?, ?)");
                ps.setLong(1, id);
                ps.setInt(2, article.text().length());
                ps.setBytes(3, body);
                ps.executeUpdate();
            }
            unindexed.add(new Unindexed(id, article.title(), article.text()));
            addTags(c, id, article.tags());
            if (terms == null) {
                TermIndex.markPending(c, id);
            } else {
                TermIndex.add(statements, vectors, id, terms);
            }
            return id;
        });
    }

    /** Set by {@link #prepareForBulkWrites}: closing compacts a small library (FileSpace). */
    private boolean bulkWrites;

    /**
     * Gives the writing connection a 32 MB page cache instead of SQLite's 2 MB, for a bulk
     * save: batch after batch it changes the same index pages, which then stay in memory
     * instead of being read back. Only importing processes pay for it. Closing the store then
     * compacts a small library ({@link FileSpace#compactAfterImport}).
     */
    public synchronized void prepareForBulkWrites() {
        bulkWrites = true;
        vectors.setMaxTerms(VectorCache.BULK_TERMS);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -32768");
        } catch (SQLException e) {
            throw new StoreException("library settings failed: " + reason(e), e);
        }
    }

    /**
     * Runs {@code work}, which calls this store, in one write transaction: all of it lands or
     * none does. Saving many articles this way is several times cheaper than one transaction
     * each (the full-text index flushes once per transaction).
     */
    public synchronized <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return write(c -> work.get());
    }

    /** The id of the article saved under this normalized URL or canonical URL, if any. */
    public synchronized OptionalLong findByKey(String urlKey, String canonicalKey) {
        return query(c -> findByKey(statements, urlKey, canonicalKey));
    }

    private static OptionalLong findByKey(StatementCache sql, String urlKey, String canonicalKey) throws SQLException {
        // One indexed lookup per key: as one WHERE with ORs, SQLite scanned every article.
        PreparedStatement ps = sql.get("""
                SELECT id FROM articles WHERE url_key = ?1
                UNION ALL SELECT id FROM articles WHERE canonical_key = ?1
                UNION ALL SELECT id FROM articles WHERE ?2 IS NOT NULL AND canonical_key = ?2
                UNION ALL SELECT id FROM articles WHERE ?2 IS NOT NULL AND url_key = ?2
                LIMIT 1""");
        ps.setString(1, urlKey);
        ps.setString(2, canonicalKey);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }

    /**
     * Like {@link #findByKey}, but on the side connection (see {@link #sideQuery}): it does
     * not wait for a write in progress, and sees the library as of the last commit. For the
     * early "already saved?" check while pages are extracted.
     */
    public OptionalLong findByKeyCommitted(String urlKey, String canonicalKey) {
        return sideQuery(c -> findByKey(sideStatements, urlKey, canonicalKey));
    }

    /** The whole article, body included. */
    public synchronized Optional<Article> get(long id) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id, url, canonical_url, title, byline, site, language, published, saved,
                        words, excerpt, lead_image, b.body, read, bookmarked, position,
                        """ + TAGS_COLUMN + " FROM articles a LEFT JOIN article_bodies b ON b.id = a.id WHERE a.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String[] body = PACKERS.get().unpack(rs.getBytes(13));
                    return Optional.of(new Article(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)), rs.getInt(10),
                            rs.getString(11), rs.getString(12), body[1], body[0],
                            rs.getInt(14) != 0, rs.getInt(15) != 0, rs.getInt(16), tags(rs.getString(17))));
                }
            }
        });
    }

    /** Deletes an article and returns it as it was, or empty when there was none. */
    public synchronized Optional<Article> delete(long id) {
        Optional<Article> article = get(id);
        if (article.isPresent()) {
            write(c -> {
                indexNewBodies(c); // its triggers take the article out of the index
                TermIndex.remove(statements, vectors, id);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)");
                }
                return null;
            });
        }
        return article;
    }

    /** Replaces title and text (and with them the search index); for re-extraction. */
    public synchronized boolean updateBody(long id, String title, String html, String text, int words) {
        return write(c -> {
            indexNewBodies(c); // its triggers replace the article's index entry
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE articles SET title = ?, words = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setInt(2, words);
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article_bodies SET chars = ?, body = ? WHERE id = ?")) {
                ps.setInt(1, text == null ? 0 : text.length());
                ps.setBytes(2, packBody(text, html));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            // The old vector no longer describes the article: index it again later.
            TermIndex.remove(statements, vectors, id);
            TermIndex.markPending(c, id);
            return true;
        });
    }

    /** Sets the bookmark flag; false when there is no such article. */
    public synchronized boolean setBookmarked(long id, boolean bookmarked) {
        return setFlag(id, "bookmarked", bookmarked ? 1 : 0);
    }

    /** Sets the read flag; false when there is no such article. */
    public synchronized boolean setRead(long id, boolean read) {
        return setFlag(id, "read", read ? 1 : 0);
    }

    /** Saves the reader's position (a rendered line number). */
    public synchronized boolean setPosition(long id, int line) {
        return setFlag(id, "position", Math.max(0, line));
    }

    private boolean setFlag(long id, String column, int value) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE articles SET " + column + " = ? WHERE id = ?")) {
                ps.setInt(1, value);
                ps.setLong(2, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    // ---- tags ----

    /** Adds tags (case-insensitively unique) to an article; false when there is no such article. */
    public synchronized boolean addTags(long id, Collection<String> tags) {
        return write(c -> exists(c, id) && addTags(c, id, tags));
    }

    /** Removes tags from an article; false when there is no such article. */
    public synchronized boolean removeTags(long id, Collection<String> tags) {
        return write(c -> {
            if (!exists(c, id)) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM article_tags WHERE article_id = ?
                        AND tag_id = (SELECT id FROM tags WHERE name = ?)""")) {
                for (String tag : tags) {
                    ps.setLong(1, id);
                    ps.setString(2, tag);
                    ps.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)");
            }
            return true;
        });
    }

    private static boolean addTags(Connection c, long id, Collection<String> tags) throws SQLException {
        if (tags.isEmpty()) {
            return true; // most saves: no statements to prepare
        }
        try (PreparedStatement tag = c.prepareStatement("INSERT OR IGNORE INTO tags(name) VALUES (?)");
             PreparedStatement link = c.prepareStatement("""
                     INSERT OR IGNORE INTO article_tags(article_id, tag_id)
                         SELECT ?, id FROM tags WHERE name = ?""")) {
            for (String name : tags) {
                tag.setString(1, name);
                tag.executeUpdate();
                link.setLong(1, id);
                link.setString(2, name);
                link.executeUpdate();
            }
        }
        return true;
    }

    /** Every tag with the number of articles that carry it, most used first. */
    public synchronized Map<String, Integer> tagCounts() {
        return query(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT t.name, count(*) AS n FROM tags t JOIN article_tags at ON at.tag_id = t.id
                    GROUP BY t.id ORDER BY n DESC, t.name""")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ---- listing and search ----

    static final String TAGS_COLUMN = """
            (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM article_tags at
                JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name)) AS tags""";

    /**
     * Articles matching {@code query}: ranked by relevance (bm25, title hits weighted above body
     * hits, ties newest first) with a snippet of the body (the list shows the title anyway)
     * when it has words or phrases; newest saved first otherwise.
     */
    public synchronized List<ArticleSummary> list(Query query, int offset, int limit) {
        SqlQuery where = QuerySql.where(query);
        int page = Math.max(0, limit);
        int skip = Math.max(0, offset);
        String columns = "SELECT a.id, a.url, a.title, a.site, a.byline, a.published, a.saved, a.words,"
                + " a.read, a.bookmarked, " + TAGS_COLUMN;
        String sql;
        if (where.match() != null) {
            // Rank and cut the page on the index and the small facet rows first, then read the
            // articles, tags and bodies (for the snippets, see Snippets) of that page only.
            sql = columns + ", (SELECT body FROM article_bodies b WHERE b.id = r.id)"
                    + " FROM (" + ranked(where, page, skip) + ") r"
                    + " JOIN articles a ON a.id = r.id ORDER BY r.score, r.saved DESC, r.id DESC";
        } else {
            sql = columns + ", NULL FROM (SELECT x.id AS id, x.saved AS saved FROM article_facets x WHERE 1"
                    + where.conditions() + " ORDER BY x.saved DESC, x.id DESC LIMIT " + page + " OFFSET " + skip + ") r"
                    + " JOIN articles a ON a.id = r.id ORDER BY r.saved DESC, r.id DESC";
        }
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return where.match() != null ? snippedSummaries(rs, Snippets.of(query)) : summaries(rs);
                }
            }
        });
    }

    /**
     * Keyset paging of the newest-first list: up to {@code limit} articles matching
     * {@code query} that come after {@code row} (older, or as old with a smaller id), or the
     * first page when {@code row} is null. Unlike {@link #list} with an offset, the cost does
     * not grow with the distance from the top. Text queries (ranked) are not supported.
     */
    public synchronized List<ArticleSummary> listAfter(Query query, ArticleSummary row, int limit) {
        return keyset(query, row, limit, true);
    }

    /**
     * Keyset paging upwards: up to {@code limit} articles matching {@code query} just before
     * {@code row} (newer), newest first; the last (oldest) {@code limit} when {@code row} is null.
     */
    public synchronized List<ArticleSummary> listBefore(Query query, ArticleSummary row, int limit) {
        List<ArticleSummary> rows = new ArrayList<>(keyset(query, row, limit, false));
        java.util.Collections.reverse(rows);
        return rows;
    }

    private List<ArticleSummary> keyset(Query query, ArticleSummary row, int limit, boolean down) {
        SqlQuery where = QuerySql.where(query);
        if (where.match() != null) {
            throw new IllegalArgumentException("keyset paging is for date-ordered lists, not ranked search");
        }
        String direction = down ? "DESC" : "ASC";
        String sql = "SELECT a.id, a.url, a.title, a.site, a.byline, a.published, a.saved, a.words,"
                + " a.read, a.bookmarked, " + TAGS_COLUMN + ", NULL FROM (SELECT x.id AS id, x.saved AS saved"
                + " FROM article_facets x WHERE 1" + where.conditions()
                + (row == null ? "" : " AND (x.saved, x.id) " + (down ? "<" : ">") + " (?, ?)")
                + " ORDER BY x.saved " + direction + ", x.id " + direction + " LIMIT " + Math.max(0, limit) + ") r"
                + " JOIN articles a ON a.id = r.id ORDER BY r.saved " + direction + ", r.id " + direction;
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = where.bind(ps, 1);
                if (row != null) {
                    ps.setLong(i++, row.saved().toEpochMilli());
                    ps.setLong(i, row.id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return summaries(rs);
                }
            }
        });
    }

    /**
     * Relevance: bm25 with title hits weighing ten times body hits. The index's columns are
     * (text, title) since the library-size schema step, and the weights follow that order.
     */
    static final String RANK = "bm25(articles_fts, 1.0, 10.0)";

    /** Rows beyond the page ranked by the index alone, so that ties at its edge sort by date. */
    private static final int TIE_SLACK = 50;

    /** The ids of one page of text-search results, best first; binds MATCH, then parameters. */
    private static String ranked(SqlQuery where, int limit, int offset) {
        if (where.conditions().isEmpty()) {
            // No filters: rank on the full-text index alone, then order the best few by date.
            return "SELECT x.id AS id, x.saved AS saved, m.score AS score FROM (SELECT rowid AS id,"
                    + " " + RANK + " AS score FROM articles_fts WHERE articles_fts MATCH ?"
                    + " ORDER BY score LIMIT " + ((long) limit + offset + TIE_SLACK) + ") m"
                    + " JOIN article_facets x ON x.id = m.id"
                    + " ORDER BY m.score, x.saved DESC, x.id DESC LIMIT " + limit + " OFFSET " + offset;
        }
        return "SELECT x.id AS id, x.saved AS saved, " + RANK + " AS score"
                + " FROM articles_fts JOIN article_facets x ON x.id = articles_fts.rowid"
                + " WHERE articles_fts MATCH ?" + where.conditions()
                + " ORDER BY score, x.saved DESC, x.id DESC LIMIT " + limit + " OFFSET " + offset;
    }

    static List<ArticleSummary> summaries(ResultSet rs) throws SQLException {
        return summaries(rs, null, null);
    }

    /** Rows of ranked results, each snipped from its body (the 12th column) around the query's hits. */
    private List<ArticleSummary> snippedSummaries(ResultSet rs, Snippets snippets) throws SQLException {
        return summaries(rs, snippets, snippetSources);
    }

    /** Rows of the summary columns; the 12th is a body to snip when {@code snippets} is given. */
    private static List<ArticleSummary> summaries(ResultSet rs, Snippets snippets, SnippetSources sources) throws SQLException {
        List<ArticleSummary> rows = new ArrayList<>();
        while (rs.next()) {
            String snippet = snippets == null ? rs.getString(12)
                    : snippets.of(sources.words(rs.getLong(1), rs.getBytes(12), PACKERS.get()));
            rows.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6),
                    Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8), rs.getInt(9) != 0,
                    rs.getInt(10) != 0, tags(rs.getString(11)), snippet));
        }
        return rows;
    }

    /** How many articles match {@code query}. */
    public synchronized int count(Query query) {
        SqlQuery where = QuerySql.where(query);
        String sql = where.match() != null
                ? "SELECT count(*) FROM articles_fts JOIN article_facets x ON x.id = articles_fts.rowid"
                        + " WHERE articles_fts MATCH ?" + where.conditions()
                : "SELECT count(*) FROM article_facets x WHERE 1" + where.conditions();
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    // ---- related-stories index (see TermIndex) ----

    /** Stores (replacing any earlier one) the related-stories terms of article {@code id}. */
    public synchronized boolean indexTerms(long id, StoredTerms terms) {
        return write(c -> {
            TermIndex.unmarkPending(c, id);
            if (!exists(c, id)) {
                return false;
            }
            TermIndex.write(statements, vectors, id, terms);
            return true;
        });
    }

    /** Up to {@code limit} articles that have no related-stories terms yet, oldest first. */
    public synchronized List<Long> unindexed(int limit) {
        return query(c -> TermIndex.pending(statements, limit));
    }

    /** Totals of the related-stories index. */
    public TermStats termStats() {
        // Statistics: a snapshot from the side connection is as good, and waits for no write.
        return sideQuery(c -> TermIndex.stats(sideStatements));
    }

    /** Totals of the related-stories index as this connection sees them, its own uncommitted saves included. */
    public synchronized TermStats currentTermStats() {
        return query(c -> TermIndex.stats(statements));
    }

    /** Brings the document frequencies up to date with every stored vector. */
    public synchronized void foldTermCounts() {
        write(c -> {
            TermIndex.fold(c, vectors);
            return null;
        });
    }

    /**
     * Every term's document frequency as of the last {@link #foldTermCounts()}: term hashes
     * ({@code [0]}) and counts ({@code [1]}).
     */
    public synchronized int[][] documentFrequencies() {
        return query(TermIndex::documentFrequencies);
    }

    /** The document frequencies of the given term hashes; unknown terms are left out. */
    public Map<Integer, Integer> documentFrequencies(Collection<Integer> hashes) {
        return sideQuery(c -> TermIndex.documentFrequencies(sideStatements, hashes));
    }

    /** The stored term vector of article {@code id}. */
    public synchronized Optional<TermVector> termVector(long id) {
        return query(c -> TermIndex.vector(statements, vectors, id));
    }

    /** The stored term vectors of the given articles (those that have one), in no order. */
    public synchronized List<TermVector> termVectors(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : query(c -> TermIndex.vectors(statements, vectors, ids));
    }

    /** As {@link #termVectors(Collection)}, leaving out those whose day {@code days} refuses, their terms neither copied nor unpacked. */
    public synchronized List<TermVector> termVectors(Collection<Long> ids, java.util.function.IntPredicate days) {
        return ids.isEmpty() ? List.of() : query(c -> TermIndex.vectors(statements, vectors, ids, days));
    }

    /** The newest {@code limit} articles that posted term {@code hash}, newest first. */
    public synchronized long[] postings(int hash, int limit) {
        return postings(hash, limit, Long.MAX_VALUE);
    }

    /** As {@link #postings(int, int)}, among the articles with ids under {@code below}. */
    public synchronized long[] postings(int hash, int limit, long below) {
        return query(c -> TermIndex.postings(statements, hash, limit, below));
    }

    /**
     * As {@link #postings(int, int, long)} for each of {@code hashes}, in one read: for terms of at most
     * {@code limit} postings as last counted (all their blocks are read). Each term has an
     * entry, maybe empty.
     */
    public synchronized Map<Integer, long[]> postings(int[] hashes, int limit, long below) {
        return hashes.length == 0 ? Map.of() : query(c -> PostingBlocks.newest(statements, hashes, limit, below));
    }

    /** Summaries of the given articles (those that exist), in no particular order. */
    public synchronized List<ArticleSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT a.id, a.url, a.title, a.site, a.byline, a.published, a.saved, a.words,"
                + " a.read, a.bookmarked, " + TAGS_COLUMN + ", NULL"
                + " FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))";
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, ids.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return summaries(rs);
                }
            }
        });
    }

    /**
     * A number that changes whenever another connection (another Lede process) commits a
     * change to the file; cheap enough to poll, so an open reader can notice new articles.
     */
    public synchronized long dataVersion() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("library read failed: " + reason(e), e);
        }
    }

    /** Library totals for {@code lede stats} and the welcome screen. */
    public synchronized LibraryStats stats() {
        return query(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT count(*), coalesce(sum(read = 0), 0), coalesce(sum(bookmarked), 0),
                        coalesce(sum(words), 0), (SELECT count(*) FROM tags),
                        (SELECT coalesce(sum(chars), 0) FROM article_bodies)
                    FROM articles""")) {
                rs.next();
                long bytes = 0;
                try {
                    bytes = Files.size(file);
                    Path wal = Path.of(file + "-wal");
                    if (Files.exists(wal)) {
                        bytes += Files.size(wal);
                    }
                } catch (IOException e) {
                    // size is informative only
                }
                return new LibraryStats(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                        rs.getInt(5), rs.getLong(6), bytes);
            }
        });
    }

    private static List<String> tags(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return List.of(joined.split(String.valueOf(TAG_SEPARATOR)));
    }

    // ---- plumbing ----

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs a read in its own short transaction, so it sees one consistent snapshot. */
    <T> T query(Work<T> work) {
        return transaction("BEGIN", work, "library read failed: ");
    }

    /**
     * Runs a write in one IMMEDIATE transaction: all of it lands or none does, and it takes
     * the write lock up front (waiting up to busy_timeout) instead of failing half-way.
     */
    <T> T write(Work<T> work) {
        if (readOnly) {
            throw new StoreException("the library was opened for reading only; this is a bug in Lede");
        }
        return transaction("BEGIN IMMEDIATE", work, "library write failed: ");
    }

    private int depth;

    private <T> T transaction(String begin, Work<T> work, String failure) {
        if (depth > 0) {
            try {
                return work.run(connection); // nested call: already inside a transaction
            } catch (SQLException e) {
                throw StoreException.of(failure + reason(e), e);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute(begin);
            depth++;
            try {
                forgetVectorsIfChangedElsewhere();
                T result = work.run(connection);
                indexNewBodies(connection);
                s.execute("COMMIT");
                vectors.committed();
                return result;
            } catch (SQLException | RuntimeException e) {
                unindexed.clear();
                vectors.clear(); // it may hold vectors this transaction wrote
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // the original error is the one to report
                }
                throw e;
            } finally {
                depth--;
            }
        } catch (SQLException e) {
            throw StoreException.of(failure + reason(e), e);
        }
    }

    /**
     * Another process (or connection) that committed since this one last looked may have
     * deleted an article and saved another under its id: the vectors kept are then not to be
     * trusted. SQLite's data version changes exactly then; asked at the start of each
     * transaction, it costs a pragma.
     */
    private void forgetVectorsIfChangedElsewhere() throws SQLException {
        try (ResultSet rs = statements.get("PRAGMA data_version").executeQuery()) {
            long version = rs.next() ? rs.getLong(1) : -1;
            if (version != dataVersion) {
                if (dataVersion != -1) {
                    vectors.clear();
                }
                dataVersion = version;
            }
        }
    }

    /**
     * Adds the bodies stored in this transaction to the full-text index, one insert after the
     * other: no statement between them opens a statement journal, so FTS5 keeps their terms in
     * memory and writes one index segment for all of them at commit (see schema step 4).
     */
    private void indexNewBodies(Connection c) throws SQLException {
        if (unindexed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)")) {
            for (Unindexed u : unindexed) {
                ps.setLong(1, u.id());
                ps.setString(2, u.title());
                ps.setString(3, u.text());
                ps.executeUpdate();
            }
        }
        unindexed.clear();
    }

    /** The side connection's statements; only inside {@link #sideQuery}, which holds their lock. */
    StatementCache sideStatements() {
        return sideStatements;
    }

    /** The term vectors read lately (see {@link VectorCache}). */
    VectorCache vectorCache() {
        return vectors;
    }

    /**
     * Runs a read on a second, read-only connection with its own lock, so that threads
     * preparing articles (extracting, weighing terms) do not queue behind a batch of writes
     * holding the store's lock. WAL lets it read the last committed state meanwhile.
     * {@code work} runs one statement, which SQLite reads from one snapshot without a
     * transaction around it (saving asks several per article: each BEGIN and COMMIT counts).
     */
    <T> T sideQuery(Work<T> work) {
        synchronized (sideLock) {
            try {
                if (sideConnection == null) {
                    sideConnection = connect(sideUrl);
                    sideStatements = new StatementCache(sideConnection);
                }
                return work.run(sideConnection);
            } catch (SQLException e) {
                throw new StoreException("library read failed: " + reason(e), e);
            }
        }
    }

    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_BUSY")) {
            return "the library is busy in another process for over 10 s; try again";
        }
        if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN")) {
            return "the file cannot be written; check its permissions or pass another --db";
        }
        if (message.contains("SQLITE_FULL")) {
            return "the disk is full";
        }
        if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")) {
            return "the file is not a valid SQLite database";
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof org.sqlite.NativeLibraryNotFoundException || cause instanceof LinkageError) {
                return "SQLite's native library could not be loaded (" + cause.getMessage()
                        + "); rebuild with 'mvn package' or check -Dorg.sqlite.lib.path";
            }
        }
        return message.replace('\n', ' ');
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }

    @Override
    public synchronized void close() {
        // The side connection first: the last connection to close folds the WAL back into the
        // file and removes it, and only the main one may write.
        synchronized (sideLock) {
            if (sideStatements != null) {
                sideStatements.close();
                sideStatements = null;
            }
            closeQuietly(sideConnection);
            sideConnection = null;
        }
        statements.close();
        if (!readOnly) {
            try (Statement s = connection.createStatement()) {
                // may analyze, a write: only a writing process waits for the lock it needs
                s.execute("PRAGMA optimize");
                if (!bulkWrites) {
                    FileSpace.releaseIfMany(connection, 500);
                }
            } catch (SQLException ignored) {
                // optimizing is a courtesy; closing still matters
            }
        }
        closeQuietly(connection);
        if (bulkWrites && !readOnly) {
            try {
                FileSpace.compactAfterImport(file, 500);
            } catch (SQLException ignored) {
                // compacting is a courtesy too
            }
        }
    }
}
