package dev.lede.store;

import dev.lede.model.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link Query} into SQL: a MATCH expression and conditions on the
 * {@code article_facets x} table. User words never reach FTS5 syntax unquoted, so input
 * such as {@code foo"}, {@code AND}, {@code NEAR(} or {@code a:b} is matched as text.
 */
final class QuerySql {
    private QuerySql() {
    }

    /** The article's day: its published date when that is ISO 8601, else the day it was saved. */
    private static final String DAY_OF = "x.day";

    /**
     * Whether word {@code i} of {@code q} matches as a prefix: the last one while typing, unless
     * it is one letter (which would scan a large part of the index and narrow little).
     */
    static boolean isPrefix(Query q, int i) {
        return q.prefixLast() && i == q.words().size() - 1 && q.words().get(i).strip().length() > 1;
    }

    static SqlQuery where(Query q) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();

        List<String> positive = new ArrayList<>();
        for (int i = 0; i < q.words().size(); i++) {
            positive.add(quote(q.words().get(i)) + (isPrefix(q, i) ? "*" : ""));
        }
        for (String phrase : q.phrases()) {
            positive.add(quote(phrase));
        }
        positive.removeIf(term -> term.equals("\"\"") || term.equals("\"\"*"));

        List<String> negative = new ArrayList<>();
        for (String word : q.excludedWords()) {
            String quoted = quote(word);
            if (!quoted.equals("\"\"")) {
                negative.add(quoted);
            }
        }
        String match = null;
        if (!positive.isEmpty()) {
            match = String.join(" AND ", positive);
            if (!negative.isEmpty()) {
                match = "(" + match + ") NOT (" + String.join(" OR ", negative) + ")";
            }
        } else if (!negative.isEmpty()) {
            sql.append(" AND x.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
            params.add(String.join(" OR ", negative));
        }
        // Non-correlated IN lists: SQLite builds each once (or drives the query from it)
        // instead of probing the tag tables for every candidate row.
        for (String tag : q.tags()) {
            sql.append(" AND x.id IN (SELECT article_id FROM article_tags"
                    + " WHERE tag_id = (SELECT id FROM tags WHERE name = ?))");
            params.add(tag);
        }
        for (String tag : q.excludedTags()) {
            sql.append(" AND x.id NOT IN (SELECT article_id FROM article_tags"
                    + " WHERE tag_id = (SELECT id FROM tags WHERE name = ?))");
            params.add(tag);
        }
        if (q.bookmarked() != null) {
            sql.append(" AND x.bookmarked = ?");
            params.add(q.bookmarked() ? 1 : 0);
        }
        if (q.read() != null) {
            sql.append(" AND x.read = ?");
            params.add(q.read() ? 1 : 0);
        }
        if (q.pending() != null) {
            sql.append(q.pending() ? " AND x.id IN" : " AND x.id NOT IN").append(" (SELECT article_id FROM pending_fetches)");
        }
        if (q.archived() != null) {
            sql.append(" AND x.archived = ?");
            params.add(q.archived() ? 1 : 0);
        }
        if (!q.sites().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String site : q.sites()) {
                String host = site.toLowerCase(java.util.Locale.ROOT);
                any.add("x.host = ? OR x.host LIKE ? ESCAPE '\\'");
                params.add(host);
                params.add("%." + host.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
            }
            sql.append(" AND (").append(String.join(" OR ", any)).append(')');
        }
        if (q.after() != null) {
            sql.append(" AND ").append(DAY_OF).append(" >= ?");
            params.add(q.after().toString());
        }
        if (q.before() != null) {
            sql.append(" AND ").append(DAY_OF).append(" <= ?");
            params.add(q.before().toString());
        }
        for (String feed : q.feeds()) {
            // Membership, not articles.feed_id: an item carried by two feeds is in both.
            sql.append(" AND x.id IN (SELECT i.article_id FROM feed_items i WHERE i.feed_id IN (");
            if (feed.matches("\\d{1,18}")) {
                sql.append("?))");
                params.add(Long.parseLong(feed));
            } else {
                sql.append("SELECT id FROM feeds WHERE lower(coalesce(custom_title, '')) = ?"
                        + " OR lower(coalesce(title, '')) = ?))");
                String name = feed.strip().toLowerCase(java.util.Locale.ROOT);
                params.add(name);
                params.add(name);
            }
        }
        if (q.story() != null) {
            // An article not yet placed in a story is a story of its own, under its id.
            sql.append(" AND (x.id IN (SELECT article_id FROM story_members WHERE story_id = ?)"
                    + " OR x.id = ? AND x.id NOT IN (SELECT article_id FROM story_members))");
            params.add(q.story());
            params.add(q.story());
        }
        return new SqlQuery(match, sql.toString(), params);
    }

    /** An FTS5 string literal: the text in double quotes, inner quotes doubled. */
    static String quote(String text) {
        return '"' + text.strip().replace("\"", "\"\"") + '"';
    }
}
