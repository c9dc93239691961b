package dev.lede.tui;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The article list: which query, how many match, where the cursor is, and the window of rows
 * loaded around it ({@code rows} holds rows {@code offset..offset+rows.size()-1}); the rest of
 * the library stays on disk.
 *
 * @param label  what the header shows for the query ({@code is:unread}, {@code search: bikes}), or empty
 * @param search true for search results (ranked, with snippets)
 */
public record ListState(Query query, String label, boolean search, int count, int cursor, int top, int offset,
                        List<ArticleSummary> rows) {

    public ListState {
        rows = List.copyOf(rows);
    }

    /** The whole library, newest first, nothing loaded yet. */
    public static ListState all() {
        return new ListState(Query.ALL, "", false, 0, 0, 0, 0, List.of());
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
        return new ListState(query, label, search, count, cursor, top, offset, rows);
    }

    public ListState withWindow(int count, int offset, List<ArticleSummary> rows) {
        return new ListState(query, label, search, count, cursor, top, offset, rows);
    }

    /** This list with the loaded row of article {@code id} replaced by {@code change(row)}. */
    public ListState withRow(long id, java.util.function.UnaryOperator<ArticleSummary> change) {
        List<ArticleSummary> changed = new ArrayList<>(rows.size());
        for (ArticleSummary row : rows) {
            changed.add(row.id() == id ? change.apply(row) : row);
        }
        return new ListState(query, label, search, count, cursor, top, offset, changed);
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
