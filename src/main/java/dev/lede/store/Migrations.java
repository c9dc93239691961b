package dev.lede.store;

import java.util.List;

/**
 * The schema, as forward-only steps. Step {@code i} takes a file from {@code user_version i}
 * to {@code i + 1}. Never edit a released step: add a new one.
 */
final class Migrations {
    private Migrations() {
    }

    /**
     * Not SQL: a step of this one line runs {@link ArticlesRebuild}, with foreign keys off
     * for the whole migration.
     */
    static final String REBUILD_ARTICLES_WITH_AUTOINCREMENT = "-- rebuild articles with AUTOINCREMENT";

    /** Not SQL: a step of this one line rewrites every stored term vector (TermVectorsRepack). */
    static final String REPACK_TERM_VECTORS = "-- repack term vectors";

    /** Not SQL: a step of this one line packs related_postings into blocks (PostingBlocks.packRows). */
    static final String PACK_POSTINGS = "-- pack postings into blocks";

    /**
     * Not SQL: a step that frees much of the file ends with this line, and the file is
     * compacted once the migration is done (Store.compact), so the space goes back to the disk.
     */
    static final String COMPACT_AFTERWARDS = "-- compact the file afterwards";

    static final List<String[]> STEPS = List.<String[]>of(
            // 1: articles, tags, and the full-text index kept in sync by triggers.
            new String[] {
                """
                CREATE TABLE articles (
                    id            INTEGER PRIMARY KEY,
                    url           TEXT    NOT NULL,
                    url_key       TEXT    NOT NULL UNIQUE,
                    canonical_url TEXT,
                    canonical_key TEXT,
                    title         TEXT    NOT NULL,
                    byline        TEXT,
                    site          TEXT,
                    host          TEXT    NOT NULL DEFAULT '',
                    language      TEXT,
                    published     TEXT,
                    saved         INTEGER NOT NULL,
                    words         INTEGER NOT NULL DEFAULT 0,
                    excerpt       TEXT,
                    lead_image    TEXT,
                    html          TEXT    NOT NULL,
                    text          TEXT    NOT NULL,
                    read          INTEGER NOT NULL DEFAULT 0,
                    bookmarked    INTEGER NOT NULL DEFAULT 0,
                    position      INTEGER NOT NULL DEFAULT 0
                )""",
                "CREATE INDEX articles_by_saved ON articles(saved DESC, id DESC)",
                "CREATE INDEX articles_by_canonical ON articles(canonical_key) WHERE canonical_key IS NOT NULL",
                "CREATE INDEX articles_by_host ON articles(host)",
                "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
                """
                CREATE TABLE article_tags (
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                    PRIMARY KEY (article_id, tag_id)
                ) WITHOUT ROWID""",
                "CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id)",
                """
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    title, text, content='articles', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
                """
                CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END""",
                """
                CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text)
                        VALUES ('delete', old.id, old.title, old.text);
                END""",
                """
                CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text)
                        VALUES ('delete', old.id, old.title, old.text);
                    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END""",
                "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')",
            },
            // 2: per-article term vectors for related stories, written once at save time: one
            // packed vector per article (terms as 32-bit hashes, see TermCount.hash), postings
            // for each article's most telling terms, document frequencies by term hash, and
            // the articles still to be indexed.
            new String[] {
                """
                CREATE TABLE related_terms (
                    hash INTEGER PRIMARY KEY,
                    df   INTEGER NOT NULL
                )""",
                """
                CREATE TABLE related_vectors (
                    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    length     INTEGER NOT NULL,
                    terms      BLOB    NOT NULL,
                    counted    INTEGER NOT NULL DEFAULT 0
                )""",
                // Vectors whose terms are not yet added to related_terms.df: document
                // frequencies are updated in batches, as a saved article's ~400 scattered
                // counters would each cost a page write.
                "CREATE INDEX related_vectors_uncounted ON related_vectors(article_id) WHERE counted = 0",
                """
                CREATE TABLE related_postings (
                    term       INTEGER NOT NULL,
                    article_id INTEGER NOT NULL,
                    PRIMARY KEY (term, article_id)
                ) WITHOUT ROWID""",
                """
                CREATE TABLE related_stats (
                    id        INTEGER PRIMARY KEY CHECK (id = 1),
                    docs      INTEGER NOT NULL,
                    length    INTEGER NOT NULL,
                    uncounted INTEGER NOT NULL
                )""",
                "INSERT INTO related_stats VALUES (1, 0, 0, 0)",
                "CREATE TABLE related_pending (article_id INTEGER PRIMARY KEY)",
                // Existing articles are indexed lazily, by the first related-stories lookup.
                "INSERT INTO related_pending SELECT id FROM articles",
                """
                CREATE TRIGGER related_pending_delete AFTER DELETE ON articles BEGIN
                    DELETE FROM related_pending WHERE article_id = old.id;
                END""",
                // What search filters and sorts on, in small rows: an article row carries its
                // body, so checking a filter on 100,000 of them reads 100,000 pages.
                """
                CREATE TABLE article_facets (
                    id         INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    saved      INTEGER NOT NULL,
                    day        TEXT    NOT NULL,
                    host       TEXT    NOT NULL,
                    read       INTEGER NOT NULL,
                    bookmarked INTEGER NOT NULL
                )""",
                "CREATE INDEX article_facets_by_saved ON article_facets(saved DESC, id DESC)",
                """
                INSERT INTO article_facets SELECT id, saved, CASE WHEN a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(a.published, 1, 10) ELSE date(a.saved / 1000, 'unixepoch') END, host, read, bookmarked FROM articles a""",
                """
                CREATE TRIGGER article_facets_insert AFTER INSERT ON articles BEGIN
                    INSERT INTO article_facets VALUES (new.id, new.saved, CASE WHEN new.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(new.published, 1, 10) ELSE date(new.saved / 1000, 'unixepoch') END, new.host, new.read, new.bookmarked);
                END""",
                """
                CREATE TRIGGER article_facets_update AFTER UPDATE OF saved, published, host, read, bookmarked
                ON articles BEGIN
                    UPDATE article_facets SET saved = new.saved, day = CASE WHEN new.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(new.published, 1, 10) ELSE date(new.saved / 1000, 'unixepoch') END, host = new.host,
                        read = new.read, bookmarked = new.bookmarked WHERE id = new.id;
                END""",
                """
                CREATE TRIGGER article_facets_delete AFTER DELETE ON articles BEGIN
                    DELETE FROM article_facets WHERE id = old.id;
                END""",
            },
            // 3: the body moves to its own table, text and HTML deflated together (see
            // Compression), so that article rows are small and quick to list and the file holds
            // about half its text in bodies. The full-text index reads title and text through a
            // view that inflates them with lede_text(), a function every Lede connection defines
            // (Store.open): other SQLite tools can MATCH but not make snippets or delete articles.
            // The index keeps only its 3-letter prefix index: the 2-letter one cost as much space
            // again, while 3-letter prefixes (as-you-type search) scanned without one took
            // ~180 ms at 100,000 articles.
            new String[] {
                """
                CREATE TABLE article_bodies (
                    id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    chars INTEGER NOT NULL,
                    body  BLOB    NOT NULL
                )""",
                "INSERT INTO article_bodies(id, chars, body) SELECT id, length(text), lede_body(text, html) FROM articles",
                "DROP TRIGGER articles_fts_insert",
                "DROP TRIGGER articles_fts_delete",
                "DROP TRIGGER articles_fts_update",
                "DROP TABLE articles_vocab",
                "DROP TABLE articles_fts",
                "ALTER TABLE articles DROP COLUMN html",
                "ALTER TABLE articles DROP COLUMN text",
                """
                CREATE VIEW article_search AS
                    SELECT a.id AS id, a.title AS title, lede_text(b.body) AS text
                    FROM articles a JOIN article_bodies b ON b.id = a.id""",
                """
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    title, text, content='article_search', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2', prefix='3')""",
                // An article row is written before its body: the body completes the entry.
                """
                CREATE TRIGGER articles_fts_insert AFTER INSERT ON article_bodies BEGIN
                    INSERT INTO articles_fts(rowid, title, text)
                        SELECT new.id, a.title, lede_text(new.body) FROM articles a WHERE a.id = new.id;
                END""",
                // Before, while the body is still there to say what to take out of the index.
                """
                CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text)
                        SELECT 'delete', old.id, old.title, lede_text(b.body) FROM article_bodies b WHERE b.id = old.id;
                END""",
                """
                CREATE TRIGGER articles_fts_title AFTER UPDATE OF title ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text)
                        SELECT 'delete', old.id, old.title, lede_text(b.body) FROM article_bodies b WHERE b.id = old.id;
                    INSERT INTO articles_fts(rowid, title, text)
                        SELECT new.id, new.title, lede_text(b.body) FROM article_bodies b WHERE b.id = new.id;
                END""",
                """
                CREATE TRIGGER articles_fts_body AFTER UPDATE OF body ON article_bodies BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text)
                        SELECT 'delete', old.id, a.title, lede_text(old.body) FROM articles a WHERE a.id = old.id;
                    INSERT INTO articles_fts(rowid, title, text)
                        SELECT new.id, a.title, lede_text(new.body) FROM articles a WHERE a.id = new.id;
                END""",
                "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
                "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')",
            },
            // 4: the store indexes new bodies itself, all together just before each write
            // transaction commits (Store.indexNewBodies). FTS5 flushes its pending terms to disk
            // whenever a statement opens a statement journal (any statement with a trigger or
            // RETURNING), so the trigger's per-body inserts, interleaved with the other inserts
            // of a batch, wrote and then merged one small index segment per article.
            new String[] {
                "DROP TRIGGER articles_fts_insert",
            },
            // Undo stack (issue 13.3): an id once given is never given to another article, so a
            // script that remembers ids cannot reach the wrong one after a delete. The articles
            // table is rebuilt with AUTOINCREMENT (see ArticlesRebuild), foreign keys off.
            new String[] {
                REBUILD_ARTICLES_WITH_AUTOINCREMENT,
            },
            // Feeds (issue 11): subscriptions with their conditional-GET state and health, the
            // items seen in each (so a refresh saves only new ones, and an item whose article
            // was deleted does not come back), and each article's first feed. FeedStore holds
            // the SQL. A sync account can later add its remote ids to feeds and feed_items.
            new String[] {
                """
                CREATE TABLE feeds (
                    id            INTEGER PRIMARY KEY,
                    url           TEXT    NOT NULL,
                    url_key       TEXT    NOT NULL UNIQUE,
                    title         TEXT,
                    custom_title  TEXT,
                    site          TEXT,
                    tags          TEXT    NOT NULL DEFAULT '',
                    category_tags INTEGER NOT NULL DEFAULT 0,
                    etag          TEXT,
                    last_modified TEXT,
                    status        TEXT    NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'error', 'gone')),
                    error         TEXT,
                    failures      INTEGER NOT NULL DEFAULT 0,
                    added         INTEGER NOT NULL,
                    checked       INTEGER,
                    fetched       INTEGER,
                    next_poll     INTEGER
                )""",
                """
                CREATE TABLE feed_items (
                    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
                    item_key   TEXT    NOT NULL,
                    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                    seen       INTEGER NOT NULL,
                    PRIMARY KEY (feed_id, item_key)
                ) WITHOUT ROWID""",
                "CREATE INDEX feed_items_by_article ON feed_items(article_id) WHERE article_id IS NOT NULL",
                "ALTER TABLE articles ADD COLUMN feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL",
                "CREATE INDEX articles_by_feed ON articles(feed_id) WHERE feed_id IS NOT NULL",
            },
            // Migration (issue 12), pending articles and highlights: an article saved from an import
            // before its page is fetched waits in pending_fetches, with the last error when a
            // fetch failed; highlights hold a quote, a note and where the quote starts in the
            // article's plain text (an offset, which holds at any rendering width).
            new String[] {
                """
                CREATE TABLE pending_fetches (
                    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    attempts   INTEGER NOT NULL DEFAULT 0,
                    error      TEXT
                )""",
                """
                CREATE TABLE highlights (
                    id         INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    quote      TEXT    NOT NULL,
                    note       TEXT,
                    position   INTEGER NOT NULL DEFAULT -1,
                    created    INTEGER NOT NULL
                )""",
                "CREATE INDEX highlights_by_article ON highlights(article_id, position)",
            },
            // Stories (StoryStore): each article's nearest neighbours, from which stories are
            // drawn, and the story each article belongs to (the smallest article id in it).
            new String[] {
                """
                CREATE TABLE story_neighbours (
                    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    neighbour_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    similarity   REAL    NOT NULL,
                    PRIMARY KEY (article_id, neighbour_id)
                ) WITHOUT ROWID""",
                "CREATE INDEX story_neighbours_by_neighbour ON story_neighbours(neighbour_id)",
                """
                CREATE TABLE story_members (
                    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    story_id   INTEGER NOT NULL
                )""",
                "CREATE INDEX story_members_by_story ON story_members(story_id, article_id)",
            },
            // Sync (Google Reader API account): the account (its password and session live in a
            // 0600 file beside the library, never here), the server items Lede holds with the
            // server's state as last seen, the account's subscriptions, and the queue of changes
            // made in Lede that the server has not been told yet. Triggers fill the queue, so a
            // read or bookmark changed anywhere in Lede is queued; a sync applying the server's
            // state sets sync_account.applying for its own transaction so as not to queue it back.
            new String[] {
                """
                CREATE TABLE sync_account (
                    id         INTEGER PRIMARY KEY CHECK (id = 1),
                    url        TEXT    NOT NULL,
                    user       TEXT    NOT NULL,
                    last_sync  INTEGER,
                    last_error TEXT,
                    applying   INTEGER NOT NULL DEFAULT 0
                )""",
                """
                CREATE TABLE sync_items (
                    item_id    INTEGER PRIMARY KEY,
                    article_id INTEGER,
                    read       INTEGER NOT NULL,
                    starred    INTEGER NOT NULL
                )""",
                "CREATE INDEX sync_items_by_article ON sync_items(article_id) WHERE article_id IS NOT NULL",
                """
                CREATE TABLE sync_feeds (
                    stream_id TEXT PRIMARY KEY,
                    url       TEXT NOT NULL,
                    title     TEXT NOT NULL,
                    site      TEXT,
                    folders   TEXT NOT NULL
                )""",
                """
                CREATE TABLE sync_queue (
                    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind   TEXT    NOT NULL,
                    target TEXT    NOT NULL,
                    value  TEXT    NOT NULL,
                    at     INTEGER NOT NULL
                )""",
                """
                CREATE TRIGGER sync_queue_read AFTER UPDATE OF read ON articles
                WHEN old.read <> new.read AND (SELECT applying FROM sync_account) = 0 BEGIN
                    INSERT INTO sync_queue(kind, target, value, at)
                        SELECT 'READ', item_id, new.read, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
                        FROM sync_items WHERE article_id = new.id;
                END""",
                """
                CREATE TRIGGER sync_queue_starred AFTER UPDATE OF bookmarked ON articles
                WHEN old.bookmarked <> new.bookmarked AND (SELECT applying FROM sync_account) = 0 BEGIN
                    INSERT INTO sync_queue(kind, target, value, at)
                        SELECT 'STARRED', item_id, new.bookmarked, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
                        FROM sync_items WHERE article_id = new.id;
                END""",
                // The item stays known, so the next sync does not bring a deleted article back.
                """
                CREATE TRIGGER sync_items_article_delete AFTER DELETE ON articles BEGIN
                    UPDATE sync_items SET article_id = NULL WHERE article_id = old.id;
                END""",
            },
            // Sort orders of the list (issue 13.8; SortedList): by published day, site, title
            // and length, each read in order from an index.
            new String[] {
                "CREATE INDEX article_facets_by_day ON article_facets(day DESC, saved DESC, id DESC)",
                "CREATE INDEX article_facets_by_site ON article_facets(host, saved DESC, id DESC)",
                "CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE)",
                "CREATE INDEX articles_by_words ON articles(words DESC)",
            },
            // Archive (issue 13): a state of its own beside read, filtered as is:archived
            // through the facets like read and bookmarked; the facet triggers carry it over.
            new String[] {
                "ALTER TABLE articles ADD COLUMN archived INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE article_facets ADD COLUMN archived INTEGER NOT NULL DEFAULT 0",
                "DROP TRIGGER article_facets_insert",
                "DROP TRIGGER article_facets_update",
                """
                CREATE TRIGGER article_facets_insert AFTER INSERT ON articles BEGIN
                    INSERT INTO article_facets (id, saved, day, host, read, bookmarked, archived) VALUES (new.id, new.saved, CASE WHEN new.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(new.published, 1, 10) ELSE date(new.saved / 1000, 'unixepoch') END, new.host, new.read, new.bookmarked, new.archived);
                END""",
                """
                CREATE TRIGGER article_facets_update AFTER UPDATE OF saved, published, host, read, bookmarked, archived
                ON articles BEGIN
                    UPDATE article_facets SET saved = new.saved, day = CASE WHEN new.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(new.published, 1, 10) ELSE date(new.saved / 1000, 'unixepoch') END, host = new.host,
                        read = new.read, bookmarked = new.bookmarked, archived = new.archived WHERE id = new.id;
                END""",
            },
            // Sync, then: the account's subscriptions are the library's feeds (sync_feeds.feed_id),
            // and subscribing or unsubscribing in Lede while an account is set is queued for it.
            new String[] {
                "ALTER TABLE sync_feeds ADD COLUMN feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL",
                // Subscribing and unsubscribing in Lede (lede feed add / rm) while an account is set.
                """
                CREATE TRIGGER sync_queue_subscribe AFTER INSERT ON feeds
                WHEN (SELECT applying FROM sync_account) = 0 BEGIN
                    INSERT INTO sync_queue(kind, target, value, at)
                        VALUES ('SUBSCRIBE', new.url, replace(new.tags, char(31), ','),
                                CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
                END""",
                """
                CREATE TRIGGER sync_queue_unsubscribe BEFORE DELETE ON feeds
                WHEN (SELECT applying FROM sync_account) = 0 BEGIN
                    INSERT INTO sync_queue(kind, target, value, at)
                        VALUES ('UNSUBSCRIBE', coalesce((SELECT stream_id FROM sync_feeds WHERE feed_id = old.id), old.url), '',
                                CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
                END""",
            },
            // Reading progress (issue 13): how far into an article the reader got, as a
            // percentage (the line of the position depends on the width it was read at).
            new String[] {
                """
                CREATE TABLE article_progress (
                    id      INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    percent INTEGER NOT NULL
                )""",
            },
            // Library size (issue 18): the full-text index loses its 3-letter prefix index, which
            // took 0.4-0.55x the size of the text (as much as the rest of the index on real
            // articles), and lists the text before the title: FTS5 marks every entry of a column
            // other than the first with two bytes, which cost 0.18x the text when the first was
            // the title (bm25's weights follow: Store.RANK). Term vectors are bit-packed (TermVectorCodec, two thirds of the varints),
            // postings packed in blocks of ids (PostingBlocks: 1-3 bytes a posting, not 13) and
            // document frequencies keyed unsigned; two indexes nothing reads any more go.
            // The file is then compacted, with incremental vacuum on (see Store.compact).
            new String[] {
                "DROP TABLE articles_vocab",
                "DROP TABLE articles_fts",
                """
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    text, title, content='article_search', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2')""",
                "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
                // The rebuild leaves a segment per flush (27 at 100,000 articles), which made
                // phrases 30% slower than in an index grown by saving; merged into one, every
                // kind of search but prefixes is quicker than before (7 s at 100,000).
                "INSERT INTO articles_fts(articles_fts) VALUES ('optimize')",
                "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')",
                REPACK_TERM_VECTORS,
                """
                CREATE TABLE related_posting_blocks (
                    term  INTEGER NOT NULL,
                    first INTEGER NOT NULL,
                    ids   BLOB    NOT NULL,
                    PRIMARY KEY (term, first)
                ) WITHOUT ROWID""",
                PACK_POSTINGS,
                "DROP TABLE related_postings",
                // Unused since schema step 2 moved filtering and sorting by date and site to
                // article_facets, which has its own indexes for both.
                "DROP INDEX articles_by_saved",
                "DROP INDEX articles_by_host",
                // Term hashes as unsigned keys (TermIndex.UNSIGNED): 9-byte keys become 5.
                "UPDATE related_terms SET hash = hash & 4294967295 WHERE hash < 0",
                COMPACT_AFTERWARDS,
            },
            // Stories, published days beside term vectors (issue 14): placing an article weighs
            // each candidate's similarity by how far apart the two were published, and read the
            // candidates' dates from articles at every comparison. related_vectors.day holds the
            // article's published day as an epoch day, NULL when it has no usable date
            // (PublishedDay: unlike article_facets.day, never the saved day). New vectors get it
            // when stored (TermIndex.add); a published date set later (PendingStore.complete
            // fills in a fetched page's) is followed by the trigger. The backfill rewrites every
            // vector row: about 1.4 s at 100,000 articles (2 s for the whole first command).
            new String[] {
                "ALTER TABLE related_vectors ADD COLUMN day INTEGER",
                """
                UPDATE related_vectors SET day = (SELECT CASE WHEN a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                        AND date(julianday(substr(a.published, 1, 10))) = substr(a.published, 1, 10)
                        THEN CAST(julianday(substr(a.published, 1, 10)) - 2440587.5 AS INTEGER) END
                    FROM articles a WHERE a.id = related_vectors.article_id)""",
                """
                CREATE TRIGGER related_vectors_day AFTER UPDATE OF published ON articles BEGIN
                    UPDATE related_vectors SET day = CASE WHEN new.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                        AND date(julianday(substr(new.published, 1, 10))) = substr(new.published, 1, 10)
                        THEN CAST(julianday(substr(new.published, 1, 10)) - 2440587.5 AS INTEGER) END
                    WHERE article_id = new.id;
                END""",
            });

    /** True when migrating from {@code version} to {@code target} must run with foreign keys off. */
    static boolean needsForeignKeysOff(int version, int target) {
        for (int step = Math.max(0, version); step < target && step < STEPS.size(); step++) {
            if (List.of(STEPS.get(step)).contains(REBUILD_ARTICLES_WITH_AUTOINCREMENT)) {
                return true;
            }
        }
        return false;
    }

    /** The schema version this build writes. */
    static int latest() {
        return STEPS.size();
    }
}
