package dev.lede.tui;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.model.Sort;
import dev.lede.query.QueryParser;
import dev.lede.render.ArticleText;
import dev.lede.render.DisplayWidth;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The article list (and the welcome screen of an empty library): moving through it, loading
 * the window of rows around the cursor, filters and searches, and its rows.
 */
final class ListScreen implements ScreenHandler {
    private static final int WINDOW = 200;

    /** What a search's label starts with, before its text. */
    static final String SEARCH_LABEL = "search: ";

    private final Screens screens;
    private final RowCache rows = new RowCache(512);
    private final Newest searches = new Newest();

    ListScreen(Screens screens) {
        this.screens = screens;
    }

    @Override
    public Model act(Model m, Action action, int count) {
        ListState list = m.list();
        int visible = Math.max(1, m.listHeight() / list.rowHeight());
        ArticleSummary selected = list.selected();
        switch (action) {
            case DOWN -> {
                return moveCursor(m, list.cursor() + 1);
            }
            case UP -> {
                return moveCursor(m, list.cursor() - 1);
            }
            case PAGE_DOWN -> {
                return moveCursor(m, list.cursor() + visible);
            }
            case PAGE_UP -> {
                return moveCursor(m, list.cursor() - visible);
            }
            case HALF_DOWN -> {
                return moveCursor(m, list.cursor() + Math.max(1, visible / 2));
            }
            case HALF_UP -> {
                return moveCursor(m, list.cursor() - Math.max(1, visible / 2));
            }
            case TOP -> {
                return moveCursor(m, 0);
            }
            case BOTTOM -> {
                return moveCursor(m, list.count() - 1);
            }
            case OPEN -> {
                return selected == null ? m : screens.reader.open(m, selected.id(), Trail.of(selected.id()));
            }
            case BACK -> {
                return m.base() != null ? clearFilter(m) : screens.quit(m);
            }
            case CANCEL -> {
                return m.base() != null ? clearFilter(m) : m;
            }
            case SEARCH -> {
                // a search or filter opens again to be refined; the start list opens empty
                String text = m.base() == null ? "" : list.label().startsWith(SEARCH_LABEL)
                        ? list.label().substring(SEARCH_LABEL.length()) : list.label();
                Prompt.Restore restore = new Prompt.Restore(list, m.base());
                return m.with(b -> b.prompt = Prompt.search(text.isEmpty() ? "" : text + " ", restore));
            }
            case RELATED -> {
                return selected == null ? m : screens.related.open(m, selected.id(), selected.title());
            }
            case STORY -> {
                return selected == null ? m : screens.story.open(m, selected.id());
            }
            case STORIES -> {
                return screens.story.openList(m);
            }
            case TRAIL_FORWARD -> {
                return m.trail().index() >= 0 ? screens.reader.open(m, m.trail().current(), m.trail()) : m;
            }
            case FILTER_TAG -> {
                return screens.tagPane.open(m);
            }
            case FILTER_UNREAD -> {
                return filter(m, "is:unread");
            }
            case FILTER_BOOKMARKED -> {
                return filter(m, "is:bookmarked");
            }
            case FILTER_ALL -> {
                return m.base() != null ? clearFilter(m) : m;
            }
            case FILTER_ARCHIVED -> {
                return filter(m, "is:archived");
            }
            case MARK_ALL_READ, ARCHIVE_ALL, TAG_ALL -> {
                return screens.changes.askAll(m, action);
            }
            case SORT -> {
                return sort(m, list.sort().next());
            }
            case HIGHLIGHT -> {
                return m.status(screens.keys.keyOf(Action.HIGHLIGHT) + " highlights in the reader: "
                        + screens.keys.keyOf(Action.OPEN) + " opens the article");
            }
            default -> {
                return selected == null ? m : screens.changes.act(m, action, selected, 0);
            }
        }
    }

    private Model moveCursor(Model m, int cursor) {
        ListState list = m.list();
        int c = Math.max(0, Math.min(cursor, list.count() - 1));
        return m.with(b -> b.list = window(list.withCursor(c, list.top()), m.listHeight()));
    }

    /** The list with the cursor on screen and the rows around it loaded. */
    ListState window(ListState list, int height) {
        int visible = Math.max(1, height / list.rowHeight());
        int cursor = Math.max(0, Math.min(list.cursor(), list.count() - 1));
        int top = list.top();
        if (cursor < top) {
            top = cursor;
        } else if (cursor >= top + visible) {
            top = cursor - visible + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, list.count() - visible)));
        list = list.withCursor(cursor, top);
        if (!list.covers(top, top + visible)) {
            // Ranked results carry a snippet each, made from the whole body (0.2-0.3 ms a row):
            // the first screen of results loads only what it shows, so that each key of a
            // search as you type stays quick; moving down loads two screens at a time.
            boolean ranked = list.query().hasText();
            int offset = Math.max(0, top - (ranked ? visible / 2 : WINDOW / 4));
            int limit = ranked ? (top == 0 ? visible : visible * 2) : Math.max(WINDOW, visible * 2);
            List<ArticleSummary> rows = rows(list, offset, limit);
            List<Long> ids = rows.stream().map(ArticleSummary::id).toList();
            list = list.withWindow(list.count(), offset, rows, screens.library.progress(ids),
                    screens.library.pendingStates(ids));
        }
        return list;
    }

    /**
     * Rows {@code offset..offset+limit-1} of the list. A date-ordered list continues from a
     * loaded row next to them, or counts back from its end (keyset paging: the cost stays the
     * same at row 100,000 as at row 0); ranked search results, other orders and far jumps use
     * the offset.
     */
    private List<ArticleSummary> rows(ListState list, int offset, int limit) {
        return screens.story.withMarks(unmarkedRows(list, offset, limit));
    }

    private List<ArticleSummary> unmarkedRows(ListState list, int offset, int limit) {
        Query q = list.query();
        if (!list.bySaved()) {
            return screens.library.list(q, list.sort(), offset, limit);
        }
        ArticleSummary before = offset > 0 ? list.row(offset - 1) : null;
        if (before != null) {
            return screens.library.listAfter(q, before, limit);
        }
        ArticleSummary after = list.row(offset + limit);
        if (after != null) {
            return screens.library.listBefore(q, after, limit);
        }
        if (offset + limit >= list.count() && offset > list.count() / 2) {
            return screens.library.listBefore(q, null, list.count() - offset);
        }
        return screens.library.list(q, offset, limit);
    }

    /** The model with counts and the visible rows read again from the library. */
    Model reload(Model m) {
        int total = screens.library.count(Query.ALL);
        ListState list = m.list();
        // The unfiltered list (the usual case) needs one count, not two.
        int count = list.query().matchesAll() ? total : screens.library.count(list.query());
        // unread of this list, for the header; ranked search results are counted as results only
        int unread = list.query().hasText() ? -1
                : list.query().read() != null ? (list.query().read() ? 0 : count)
                : screens.library.count(list.query().withRead(false));
        ListState fresh = list.recounted(count, unread);
        ListState window = window(fresh, m.listHeight());
        // Articles saved meanwhile push rows down: the cursor stays on the article it was on,
        // so that the next key acts on what the reader still sees highlighted.
        ArticleSummary was = list.selected();
        int at = was == null ? -1 : window.indexOf(was.id());
        ListState loaded = at < 0 || at == window.cursor() ? window
                : window(window.withCursor(at, window.top() + at - window.cursor()), m.listHeight());
        return m.with(b -> {
            b.total = total;
            b.list = loaded;
        });
    }

    /**
     * The list with its cursor on article {@code id} (just saved or brought back) and
     * {@code text} in the status line; when the article is not in this list, says so.
     */
    Model select(Model m, long id, String text) {
        ListState list = m.list();
        int at = list.indexOf(id);
        if (at < 0 && list.bySaved()) {
            at = screens.library.indexOf(list.query(), id).orElse(-1);
        }
        if (at < 0) {
            // in date order the whole list was counted: the article is not in it
            return m.status(text + (m.base() != null && list.bySaved() ? " · filtered out, Esc shows all" : ""));
        }
        int cursor = at;
        return m.with(b -> b.list = window(list.withCursor(cursor, list.top()), m.listHeight())).status(text);
    }

    /** The list (and the one Esc goes back to) in {@code sort} order, the cursor at the top; remembered for the next start. */
    Model sort(Model m, Sort sort) {
        screens.effects.background(() -> {
            String error = screens.rememberSort.apply(sort);
            return error == null ? null : new Msg.Status(error, true, false);
        });
        Model sorted = reload(m.with(b -> {
            b.list = m.list().sorted(sort);
            b.base = m.base() == null ? null : m.base().sorted(sort);
        }));
        String ranked = m.list().query().hasText() ? " (search results stay ranked by relevance)" : "";
        return sorted.status("sorted: " + sort.description() + ranked);
    }


    /** The list narrowed to {@code queryText} (a filter such as {@code is:unread}). */
    Model filter(Model m, String queryText) {
        Query q = QueryParser.parse(queryText);
        return applyQuery(m, q, queryText, false);
    }

    /** The list narrowed to {@code q}; Esc goes back to the list as it was before. */
    Model applyQuery(Model m, Query q, String label, boolean search) {
        ListState base = m.base() != null ? m.base() : m.list();
        ListState list = ListState.of(q, label, search, m.list().sort());
        Model next = reload(m.with(b -> {
            b.base = base;
            b.list = list;
            b.screen = Screen.LIST;
        }));
        return noMatchNote(next, label);
    }

    /** {@code m}, saying so when its list, of query {@code label}, is empty. */
    Model noMatchNote(Model m, String label) {
        return m.list().count() == 0 ? m.status("no article matches " + label + " · Esc shows all") : m;
    }

    /**
     * Asks for the list showing what the search prompt's {@code text} finds so far (the last
     * word as a prefix), the prompt still open; an empty text shows the list as it was when the
     * prompt opened, a text not yet valid leaves the last results. The search runs away from
     * the UI thread ({@link Effects#search}), so that this key's frame shows the letter at
     * once; its results come back as {@link Msg.SearchFound}, and only the newest of the
     * searches not yet started runs (a search took 4-5 ms at 1,000 articles, 80 at 100,000).
     */
    Model searchAsYouType(Model m, String text) {
        Prompt.Restore restore = m.prompt().restore();
        if (text.isBlank()) {
            return restore == null ? m : reload(m.with(b -> {
                b.list = restore.list();
                b.base = restore.base();
            }));
        }
        Query q;
        try {
            q = QueryParser.parse(text, true);
        } catch (dev.lede.query.QueryException e) {
            return m; // a filter half typed (is:un): the last results stay until it parses
        }
        Model from = restore == null ? m : m.with(b -> b.base = restore.base() != null ? restore.base() : restore.list());
        searches.submit(screens.effects, () -> {
            Model found = applyQuery(from, q, SEARCH_LABEL + text.strip(), q.hasText());
            return new Msg.SearchFound(text, found.list(), found.base(), found.total(), found.status());
        });
        return m;
    }

    /**
     * The results of a search as you type, shown when the prompt still holds the text they
     * were searched for; results of an older text (typing went on, or the prompt closed)
     * are dropped, so that they never replace newer ones.
     */
    Model found(Model m, Msg.SearchFound f) {
        Prompt p = m.prompt();
        if (p == null || p.kind() != Prompt.Kind.SEARCH || !p.text().equals(f.text())) {
            return m;
        }
        Model shown = m.with(b -> {
            b.list = window(f.list(), m.listHeight()); // the terminal may have been resized meanwhile
            b.base = f.base();
            b.total = f.total();
            b.screen = Screen.LIST;
        });
        return f.note().isEmpty() ? shown : shown.status(f.note());
    }

    /** The list as it was before the search or filter. */
    Model clearFilter(Model m) {
        ListState base = m.base();
        return reload(m.with(b -> {
            b.list = base;
            b.base = null;
            b.screen = Screen.LIST;
        }));
    }

    // ---- drawing ----

    @Override
    public void draw(Model m, List<Line> lines, Set<Integer> selected) {
        if (m.total() == 0 && m.base() == null) {
            welcome(m, lines);
            return;
        }
        ListState list = m.list();
        String title = list.unread() >= 0 ? " Lede · " + list.unread() + "/" + list.count() + " unread"
                : " Lede · " + list.count() + (list.count() == 1 ? " result" : " results");
        if (!list.label().isEmpty()) {
            title += " · " + (list.label().equals("-is:archived") ? "archived hidden" : TerminalText.clean(list.label()));
        }
        if (!list.query().hasText()) {
            title += " · by " + list.sort().word() + (list.sort() == Sort.PUBLISHED ? " (~ saved)" : "");
        }
        lines.add(View.header(m, title));
        lines.add(View.rule(m.cols()));
        if (list.count() == 0) {
            lines.add(Line.BLANK);
            lines.add(Line.of("  No article matches. Esc shows all articles.", Style.DIM));
            return;
        }
        int height = m.listHeight();
        int visible = Math.max(1, height / list.rowHeight());
        // the tag column is as wide as the widest tags on screen, so untagged lists give titles the room
        int tagColumn = 0;
        for (int i = list.top(); i < Math.min(list.count(), list.top() + visible); i++) {
            ArticleSummary a = list.row(i);
            if (a != null) {
                tagColumn = Math.max(tagColumn, DisplayWidth.of(ArticleText.tags(a)));
            }
        }
        for (int i = list.top(); i < Math.min(list.count(), list.top() + visible); i++) {
            ArticleSummary a = list.row(i);
            if (a == null) {
                lines.add(Line.of("  …", Style.DIM));
                continue;
            }
            if (i == list.cursor()) {
                selected.add(lines.size());
                if (list.search()) {
                    selected.add(lines.size() + 1);
                }
            }
            lines.add(rows.row(a, m.cols(), tagColumn, list.sort(), list.progress().getOrDefault(a.id(), 0),
                    screens.story.storySize(a.id()), list.fetchState(a.id())));
            if (list.search()) {
                lines.add(snippet(a));
            }
        }
    }

    @Override
    public Line footer(Model m) {
        if (m.total() == 0 && m.base() == null) {
            return Line.of(" a add a URL  ? help  q quit", Style.DIM);
        }
        String hints = View.hints(screens.keys, Action.OPEN, "read", Action.SEARCH, "search", Action.TAGS, "tag",
                Action.RELATED, "related", Action.FILTER_TAG, "filter", Action.SORT, "sort", Action.ADD, "add",
                Action.HELP, "help");
        String right = m.list().count() == 0 ? "0/0" : (m.list().cursor() + 1) + "/" + m.list().count();
        ArticleSummary selected = m.list().selected();
        String fetch = selected == null ? null : m.list().fetchState(selected.id());
        Line left = fetch == null ? Line.of(" " + hints, Style.DIM) : fetchNote(fetch);
        return View.spread(left, Line.of(right + " ", Style.DIM), m.cols());
    }

    /** Marks an article still waiting for its page (imported without it) in the row's first column. */
    static final String PENDING_MARK = "↓";
    /** Marks an article whose page could not be fetched. */
    static final String FAILED_MARK = "!";

    /**
     * What the footer says instead of the key hints while the cursor is on an article
     * without its page: that it waits, or why its fetch failed, and what fetches it.
     */
    static Line fetchNote(String error) {
        return error.isEmpty()
                ? Line.of(" " + PENDING_MARK + " its page is not fetched yet: 'lede fetch' fetches it", Style.DIM)
                : Line.of(" " + FAILED_MARK + " fetch failed: " + TerminalText.line(error) + " · 'lede fetch' tries again",
                        Style.ERROR);
    }

    private void welcome(Model m, List<Line> lines) {
        lines.add(View.header(m, " Lede · an empty library"));
        lines.add(View.rule(m.cols()));
        int width = Math.min(m.cols() - 4, 72);
        String[][] text = {
                {"", "Welcome to Lede, a reader for the articles you save."},
                {"", ""},
                {"", "Add an article: press a and give its URL, or run"},
                {"    ", "lede add URL"},
                {"", ""},
                {"", "Import saved pages (.html, .htm) and text files (.txt, .md):"},
                {"    ", "lede import PATH"},
                {"", ""},
                {"", "Your library lives in"},
                {"    ", TerminalText.clean(screens.library.file().toString())},
                {"", ""},
                {"", "? lists every key · q quits"}};
        for (int i = 0; i < text.length; i++) {
            String indent = "  " + text[i][0];
            if (text[i][1].isEmpty()) {
                if (m.rows() >= 20) {
                    lines.add(Line.BLANK); // small terminals need the room for the text
                }
                continue;
            }
            Style style = i == 0 ? Style.TITLE : indent.length() > 2 ? Style.BOLD : Style.PLAIN;
            for (Line wrapped : dev.lede.render.Layout.wrap(text[i][1], style, width - indent.length())) {
                lines.add(wrapped.prefixed(Run.plain(indent)));
            }
        }
    }

    /**
     * One list row: marks, date, title, site, minutes (or how far a started article was
     * read, {@code 40%}), tags; the title takes what is left. The
     * date is the one the list sorts by: the published date in that order ({@code ~} marks a
     * saved date standing in for a missing one), else the day it was saved. An article whose
     * story has others shows the story's size ({@code [3]}: three articles). An article still
     * waiting for its page ({@code fetch} "": imported without it) is marked {@value #PENDING_MARK},
     * one whose fetch failed ({@code fetch} its error) {@value #FAILED_MARK}, in the first
     * column, and its length is unknown ({@code --}); {@code fetch} is null for the others.
     */
    /**
     * {@code n} right-aligned in {@code width} columns. Not String.format: on the first frame,
     * a Formatter's first use (loading the locale's number symbols) cost more than the rows.
     */
    static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : " ".repeat(width - digits.length()) + digits;
    }

    static Line row(ArticleSummary a, int cols, int tagColumn, Sort sort, int progress, int storySize, String fetch) {
        boolean wide = cols >= 100;
        boolean medium = cols >= 70;
        boolean narrow = cols >= 56;
        String fetchMark = fetch == null ? " " : fetch.isEmpty() ? PENDING_MARK : FAILED_MARK;
        String marks = (a.read() ? " " : "●") + (a.bookmarked() ? "★" : " ") + " ";
        String date = narrow ? date(a, sort) + " " : "";
        String site = medium ? DisplayWidth.cut(ArticleText.site(a), wide ? 20 : 12) : "";
        // a started article shows how far it was read instead of how long it takes
        String minutes = fetch != null ? "  --" : progress > 0 && progress < 100 ? padded(progress, 3) + "%"
                : padded(a.readingMinutes(), 3) + "m";
        int tagWidth = medium ? Math.min(tagColumn, wide ? 24 : 14) : 0;
        String tags = medium ? DisplayWidth.cut(ArticleText.tags(a), tagWidth) : "";
        int siteWidth = medium ? (wide ? 20 : 12) : 0;
        // fixed columns, so that titles line up whatever a row's tags are
        int fixed = 1 + DisplayWidth.of(marks) + DisplayWidth.of(date) + (medium ? siteWidth + 2 : 0) + 4
                + (tagWidth > 0 ? tagWidth + 2 : 0);
        int titleWidth = Math.max(8, cols - fixed - 2);
        String story = storySize > 1 ? " [" + storySize + "]" : "";
        String title = DisplayWidth.fit(TerminalText.clean(a.title()), titleWidth - story.length());
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(fetchMark, fetch != null && !fetch.isEmpty() ? Style.ERROR : Style.MARK));
        runs.add(new Run(marks, Style.MARK));
        if (!date.isEmpty()) {
            runs.add(new Run(date, Style.DIM));
        }
        if (story.isEmpty()) {
            runs.add(new Run(title, a.read() ? Style.PLAIN : Style.BOLD));
        } else {
            // The title is padded to its column: the mark goes after its last letter.
            String shown = title.stripTrailing();
            runs.add(new Run(shown, a.read() ? Style.PLAIN : Style.BOLD));
            runs.add(new Run(story, Style.MARK));
            runs.add(Run.plain(" ".repeat(Math.max(0, DisplayWidth.of(title) - DisplayWidth.of(shown)))));
        }
        runs.add(Run.plain("  "));
        if (medium) {
            runs.add(new Run(DisplayWidth.fit(site, siteWidth), Style.DIM));
            runs.add(Run.plain("  "));
        }
        runs.add(new Run(minutes, Style.DIM));
        if (!tags.isEmpty()) {
            runs.add(Run.plain("  "));
            runs.add(new Run(tags, Style.DIM));
        }
        return new Line(runs).cut(cols);
    }

    /** The row's date column: 11 columns, the date and a mark. */
    static String date(ArticleSummary a, Sort sort) {
        String saved = a.saved().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
        if (sort != Sort.PUBLISHED) {
            return saved + " ";
        }
        return hasPublished(a) ? ArticleText.date(a) + " " : saved + "~";
    }

    private static boolean hasPublished(ArticleSummary a) {
        return a.published() != null && a.published().length() >= 10 && a.published().charAt(4) == '-';
    }

    /** A search hit's snippet under its row, the matching words marked. */
    static Line snippet(ArticleSummary a) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain("      "));
        String s = a.snippet() == null ? "" : a.snippet();
        StringBuilder piece = new StringBuilder();
        boolean hit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ArticleSummary.HIT_START || c == ArticleSummary.HIT_END) {
                if (piece.length() > 0) {
                    runs.add(new Run(TerminalText.clean(piece.toString()), hit ? Style.HIT : Style.DIM));
                }
                piece.setLength(0);
                hit = c == ArticleSummary.HIT_START;
            } else {
                piece.append(c);
            }
        }
        if (piece.length() > 0) {
            runs.add(new Run(TerminalText.clean(piece.toString()), hit ? Style.HIT : Style.DIM));
        }
        return new Line(runs);
    }
}
