package dev.lede.store;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.model.Sort;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * The article list in an order other than newest saved first (which {@link Store#list} and
 * its keyset paging serve): by published day, title, site or length, a page at a time, each
 * order on an index of its own (schema step "sort orders"). Queries with words are ranked
 * by relevance whatever the order, as {@link Store#list} does.
 */
public final class SortedList {
    private SortedList() {
    }

    /** Rows {@code offset..offset+limit-1} of the articles matching {@code query} in {@code sort} order. */
    public static List<ArticleSummary> page(Store store, Query query, Sort sort, int offset, int limit) {
        SqlQuery where = QuerySql.where(query);
        if (sort == Sort.SAVED || where.match() != null) {
            return store.list(query, offset, limit);
        }
        // the first key, and the join the key needs
        String key;
        String join = "";
        String direction;
        switch (sort) {
            case PUBLISHED -> {
                key = "x.day";
                direction = "DESC";
            }
            case SITE -> {
                key = "x.host";
                direction = "ASC";
            }
            case TITLE -> {
                key = "t.title COLLATE NOCASE";
                join = " JOIN articles t ON t.id = x.id";
                direction = "ASC";
            }
            case LENGTH -> {
                key = "t.words";
                join = " JOIN articles t ON t.id = x.id";
                direction = "DESC";
            }
            default -> throw new IllegalArgumentException("no order " + sort);
        }
        String outerKey = sort == Sort.TITLE ? "r.k COLLATE NOCASE" : "r.k";
        String sql = "SELECT a.id, a.url, a.title, a.site, a.byline, a.published, a.saved, a.words,"
                + " a.read, a.bookmarked, " + Store.TAGS_COLUMN + ", NULL"
                + " FROM (SELECT x.id AS id, " + key + " AS k, x.saved AS saved FROM article_facets x" + join
                + " WHERE 1" + where.conditions()
                + " ORDER BY " + key + " " + direction + ", x.saved DESC, x.id DESC"
                + " LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset) + ") r"
                + " JOIN articles a ON a.id = r.id ORDER BY " + outerKey + " " + direction + ", r.saved DESC, r.id DESC";
        synchronized (store) {
            return store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    where.bind(ps, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        return Store.summaries(rs);
                    }
                }
            });
        }
    }
}
