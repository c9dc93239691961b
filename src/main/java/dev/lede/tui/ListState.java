package dev.lede.tui;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.model.Sort;
import java.util.ArrayList;
import java.util.List;

/**
 * The article list: which query in which order, how many match (and how many of those are
 * unread), where the cursor is, and the window of rows loaded around it ({@code rows} holds
 * rows {@code offset..offset+rows.size()-1}); the rest of the library stays on disk.
 *
 * @param label  what the header shows for the query ({@code is:unread}, {@code search: bikes}), or empty
 * @param search true for search results (ranked, with snippets)
 * @param unread how many of the {@code count} are unread; -1 when not counted (ranked search)
 * @param progress how far, in percent, the loaded rows that were started have been read
 * @param fetches  the loaded rows still waiting for their page (imported without it): the last
 *                 fetch error of each, or "" when none was tried yet
 */
public record ListState(Query query, String label, boolean search, Sort sort, int count, int unread, int cursor,
                        int top, int offset, List<ArticleSummary> rows, java.util.Map<Long, Integer> progress,
                        java.util.Map<Long, String> fetches) {

    public ListState {
        rows = List.copyOf(rows);
        progress = java.util.Map.copyOf(progress);
        fetches = java.util.Map.copyOf(fetches);
    }

    /** The whole library in {@code sort} order, nothing loaded yet. */
    public static ListState all(Sort sort) {
        return of(Query.ALL, "", false, sort);
    }

    /** The list of {@code query}, nothing loaded yet. */
    public static ListState of(Query query, String label, boolean search, Sort sort) {
        return new ListState(query, label, search, sort, 0, -1, 0, 0, 0, List.of(), java.util.Map.of(), java.util.Map.of());
    }

    /** The articles in date order: whether rows can be paged from a neighbouring row (keyset). */
    public boolean bySaved() {
        return sort == Sort.SAVED && !query.hasText();
    }

    /** Lines a row takes: search results show their snippet under the row. */
    public int rowHeight() {
        return search ? 2 : 1;
    }

    /** The row at index {@code i}, or null when it is not loaded. */
    public ArticleSummary row(int i) {
        int k = i - offset;
        return k >= 0 && k < rows.size() ? rows.get(k) : null;
    }

    /** The row under the cursor, or null. */
    public ArticleSummary selected() {
        return row(cursor);
    }

    /** True when rows {@code from..to-1} (clipped to the count) are loaded. */
    public boolean covers(int from, int to) {
        int end = Math.min(to, count);
        return from >= offset && end <= offset + rows.size() || count == 0;
    }

    public ListState withCursor(int cursor, int top) {
        return new ListState(query, label, search, sort, count, unread, cursor, top, offset, rows, progress, fetches);
    }

    /** This list with rows {@code offset..} loaded, and the reading progress of those started. */
    public ListState withWindow(int count, int offset, List<ArticleSummary> rows, java.util.Map<Long, Integer> progress) {
        return withWindow(count, offset, rows, progress, java.util.Map.of());
    }

    /** The same, with which of those rows wait for their page (see {@code fetches}). */
    public ListState withWindow(int count, int offset, List<ArticleSummary> rows, java.util.Map<Long, Integer> progress,
                                java.util.Map<Long, String> fetches) {
        return new ListState(query, label, search, sort, count, unread, cursor, top, offset, rows, progress, fetches);
    }

    /** The fetch state of loaded article {@code id}: null when it has its page, "" when waiting, else the last error. */
    public String fetchState(long id) {
        return fetches.get(id);
    }

    /** This list counted afresh, nothing loaded, the cursor where it was. */
    public ListState recounted(int count, int unread) {
        return new ListState(query, label, search, sort, count, unread, cursor, top, 0, List.of(), java.util.Map.of(), java.util.Map.of());
    }

    /** This list in another order, from the top. */
    public ListState sorted(Sort sort) {
        return new ListState(query, label, search, sort, count, unread, 0, 0, 0, List.of(), java.util.Map.of(), java.util.Map.of());
    }

    /** This list with article {@code id} read {@code percent} far. */
    public ListState withProgress(long id, int percent) {
        java.util.Map<Long, Integer> changed = new java.util.HashMap<>(progress);
        changed.put(id, percent);
        return new ListState(query, label, search, sort, count, unread, cursor, top, offset, rows, changed, fetches);
    }

    /** This list with the loaded row of article {@code id} replaced by {@code change(row)}. */
    public ListState withRow(long id, java.util.function.UnaryOperator<ArticleSummary> change) {
        List<ArticleSummary> changed = new ArrayList<>(rows.size());
        for (ArticleSummary row : rows) {
            changed.add(row.id() == id ? change.apply(row) : row);
        }
        return new ListState(query, label, search, sort, count, unread, cursor, top, offset, changed, progress, fetches);
    }

    /** Index of article {@code id} in the loaded window, or -1. */
    public int indexOf(long id) {
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).id() == id) {
                return offset + k;
            }
        }
        return -1;
    }
}
