package dev.lede.tui;

import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.render.ArticleText;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The reader: one article laid out at the terminal's width, scrolling, the reading position,
 * the next and previous article, the trail of related stories, and find in the article.
 */
final class ReaderScreen implements ScreenHandler {
    private final Screens screens;

    ReaderScreen(Screens screens) {
        this.screens = screens;
    }

    /** Opens article {@code id} in the reader with {@code trail} as the trail of stories. */
    Model open(Model m, long id, Trail trail) {
        Optional<Article> found = screens.library.get(id);
        if (found.isEmpty()) {
            return m.error("article #" + id + " is no longer in the library");
        }
        Article a = found.get();
        int index = m.list().indexOf(id);
        ListState list = index >= 0 ? screens.list.window(m.list().withCursor(index, m.list().top()), m.listHeight()) : m.list();
        Model next = reading(m, a, a.position(), trail, list);
        // read before the read mark is written, which would hold the library meanwhile
        String pending = screens.library.pendingStates(List.of(id)).get(id);
        Model opened = a.read() ? next : screens.changes.setRead(next, id, true, false);
        if (pending == null) {
            return opened;
        }
        // Saved from an export without its page: say so, rather than show a bare title.
        return pending.isEmpty()
                ? opened.status("its page is not fetched yet: 'lede fetch' fetches it")
                : opened.error("its page could not be fetched (" + TerminalText.line(pending) + "); 'lede fetch' tries again");
    }

    /**
     * The reader showing article {@code a} from line {@code top} (or as near as it goes), with
     * {@code trail} and the list behind it.
     */
    private Model reading(Model m, Article a, int top, Trail trail, ListState list) {
        int width = m.readerWidth();
        ArticleLayouts.Laid laid = screens.layouts.of(a, width);
        List<Line> lines = HighlightSelection.laidOut(laid.lines(), width, screens.library.highlights(a.id()));
        int maxTop = Math.max(0, lines.size() - m.readerHeight());
        ReaderState reader = new ReaderState(a, lines, laid.links(), width, Math.min(top, maxTop), "", List.of(), -1);
        return m.with(b -> {
            b.reader = reader;
            b.screen = Screen.READER;
            b.trail = trail;
            b.list = list;
        });
    }

    /** Saves the reading position of the article in the reader. */
    Model savePosition(Model m) {
        ReaderState r = m.reader();
        if (r != null && m.screen() == Screen.READER && r.top() != r.article().position()) {
            long id = r.article().id();
            int top = r.top();
            int maxTop = Math.max(0, r.lines().size() - m.readerHeight());
            int percent = maxTop == 0 ? 100 : (int) Math.min(100, (long) top * 100 / maxTop);
            screens.effects.write(() -> {
                screens.library.setPosition(id, top);
                screens.library.setProgress(id, percent);
                return null;
            });
            Article a = r.article();
            Article saved = new Article(a.id(), a.url(), a.canonicalUrl(), a.title(), a.byline(), a.site(), a.language(),
                    a.published(), a.saved(), a.words(), a.excerpt(), a.leadImage(), a.html(), a.text(), a.read(),
                    a.bookmarked(), top, a.tags());
            return m.with(b -> {
                b.reader = r.withArticle(saved);
                b.list = m.list().withProgress(id, percent);
            });
        }
        return m;
    }

    private Model leave(Model m) {
        return savePosition(m).with(b -> b.screen = Screen.LIST);
    }

    @Override
    public Model act(Model m, Action action, int count) {
        ReaderState r = m.reader();
        if (r.selection() != null) {
            return screens.highlights.act(m, action, count); // selecting sentences to highlight
        }
        int height = m.readerHeight();
        switch (action) {
            case DOWN -> {
                return scroll(m, r.top() + 1);
            }
            case UP -> {
                return scroll(m, r.top() - 1);
            }
            case PAGE_DOWN -> {
                return scroll(m, r.top() + Math.max(1, height - 1));
            }
            case PAGE_UP -> {
                return scroll(m, r.top() - Math.max(1, height - 1));
            }
            case HALF_DOWN -> {
                return scroll(m, r.top() + Math.max(1, height / 2));
            }
            case HALF_UP -> {
                return scroll(m, r.top() - Math.max(1, height / 2));
            }
            case TOP -> {
                return scroll(m, 0);
            }
            case BOTTOM -> {
                return scroll(m, Integer.MAX_VALUE);
            }
            case BACK -> {
                return leave(m);
            }
            case CANCEL -> {
                return r.find().isEmpty() ? leave(m)
                        : m.with(b -> b.reader = r.withoutFind());
            }
            case SEARCH -> {
                return m.with(b -> b.prompt = Prompt.of(Prompt.Kind.FIND, "find: "));
            }
            case NEXT_HIT -> {
                return nextHit(m, true);
            }
            case TOGGLE_READ -> {
                return r.find().isEmpty() ? screens.changes.act(m, action, r.article().summary(), count) : nextHit(m, false);
            }
            case RELATED -> {
                return screens.related.open(savePosition(m), r.article().id(), r.article().title());
            }
            case STORY -> {
                return screens.story.open(savePosition(m), r.article().id());
            }
            case TRAIL_BACK -> {
                Model saved = savePosition(m);
                return m.trail().canGoBack() ? open(saved, m.trail().back().current(), m.trail().back())
                        : saved.with(b -> b.screen = Screen.LIST);
            }
            case TRAIL_FORWARD -> {
                return m.trail().canGoForward()
                        ? open(savePosition(m), m.trail().forward().current(), m.trail().forward())
                        : m.status("no further story on the trail");
            }
            case NEXT_ARTICLE, PREVIOUS_ARTICLE -> {
                return neighbour(m, action == Action.NEXT_ARTICLE ? 1 : -1);
            }
            case HIGHLIGHT -> {
                return screens.highlights.start(m);
            }
            default -> {
                return screens.changes.act(m, action, r.article().summary(), count);
            }
        }
    }

    /** The reader scrolled so that line {@code top} is the first shown, within the article. */
    Model scroll(Model m, int top) {
        ReaderState r = m.reader();
        int maxTop = Math.max(0, r.lines().size() - m.readerHeight());
        int t = Math.max(0, Math.min(top, maxTop));
        return m.with(b -> b.reader = r.withTop(t));
    }

    private Model neighbour(Model m, int step) {
        ListState list = m.list();
        int index = list.indexOf(m.reader().article().id());
        int target = (index >= 0 ? index : list.cursor()) + step;
        if (target < 0 || target >= list.count()) {
            return m.status(step > 0 ? "this is the last article" : "this is the first article");
        }
        Model saved = savePosition(m);
        ListState moved = screens.list.window(list.withCursor(target, list.top()), m.listHeight());
        ArticleSummary next = moved.selected();
        if (next == null) {
            return saved;
        }
        return open(saved.with(b -> b.list = moved), next.id(), Trail.of(next.id()));
    }

    /**
     * Starts finding {@code text} in the article (the find prompt's Enter), at the first hit
     * at or below the top line; empty text ends the find.
     */
    Model find(Model m, String text) {
        ReaderState r = m.reader();
        if (r == null) {
            return m;
        }
        if (text.isEmpty()) {
            return m.with(b -> b.reader = r.withoutFind());
        }
        List<ReaderState.Hit> hits = hits(r.lines(), text.toLowerCase(Locale.ROOT));
        if (hits.isEmpty()) {
            return m.error("not found: " + TerminalText.clean(text));
        }
        int first = 0;
        while (first < hits.size() && hits.get(first).line() < r.top()) {
            first++;
        }
        boolean wrapped = first == hits.size();
        return goToHit(m.with(b -> b.reader = r.withFind(text, hits, -1)), wrapped ? 0 : first,
                wrapped ? "search hit BOTTOM, continuing at TOP · " : "");
    }

    /** Every occurrence of {@code needle} (lower case) in the lines, in reading order. */
    private static List<ReaderState.Hit> hits(List<Line> lines, String needle) {
        List<ReaderState.Hit> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().toLowerCase(Locale.ROOT);
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
                hits.add(new ReaderState.Hit(i, at));
            }
        }
        return hits;
    }

    /** The next ({@code forward}) or previous hit, wrapping at the ends of the article as less and vim do. */
    private Model nextHit(Model m, boolean forward) {
        ReaderState r = m.reader();
        if (r.hits().isEmpty()) {
            return m.status("no find active: / finds text in the article");
        }
        int next = r.current() + (forward ? 1 : -1);
        if (next >= r.hits().size()) {
            return goToHit(m, 0, "search hit BOTTOM, continuing at TOP · ");
        }
        if (next < 0) {
            return goToHit(m, r.hits().size() - 1, "search hit TOP, continuing at BOTTOM · ");
        }
        return goToHit(m, next, "");
    }

    /** Makes hit {@code index} the current one, scrolling only when it is off screen. */
    private Model goToHit(Model m, int index, String note) {
        ReaderState r = m.reader();
        int line = r.hits().get(index).line();
        ReaderState current = r.withFind(r.find(), r.hits(), index);
        Model at = m.with(b -> b.reader = current);
        boolean visible = line >= r.top() && line < r.top() + m.readerHeight();
        Model shown = visible ? at : scroll(at, line - 1); // a line of what comes before it
        return shown.status(note + "hit " + (index + 1) + "/" + r.hits().size() + " · n next, N previous");
    }

    /** The reader laid out again at the model's width (after a resize), the same part of the article in view. */
    Model relayout(Model sized) {
        ReaderState r = sized.reader();
        if (r != null && r.width() != sized.readerWidth()) {
            ArticleLayouts.Laid laid = screens.layouts.of(r.article(), sized.readerWidth());
            // while selecting, the highlights the selection knows: its lines end with their list
            List<dev.lede.model.Highlight> saved = r.selection() != null ? r.selection().highlights()
                    : screens.library.highlights(r.article().id());
            List<Line> lines = HighlightSelection.laidOut(laid.lines(), sized.readerWidth(), saved);
            // keep the same part of the article in view: scale the position by the new length
            int top = r.lines().isEmpty() ? 0 : (int) ((long) r.top() * lines.size() / r.lines().size());
            ReaderState state = new ReaderState(r.article(), lines, laid.links(), sized.readerWidth(), top, "", List.of(), -1);
            Model next = sized.with(b -> b.reader = state);
            if (!r.find().isEmpty()) {
                next = find(next, r.find());
            } else if (next.screen() == Screen.READER) {
                next = scroll(next, top);
            }
            // a selection being made goes on over the new lines, the same sentences selected
            return r.selection() == null ? next : screens.highlights.relaid(next, r.selection());
        }
        // Same width, other height: the last screenful must still end at the article's end.
        return r != null && sized.screen() == Screen.READER ? scroll(sized, r.top()) : sized;
    }

    // ---- drawing ----

    @Override
    public void draw(Model m, List<Line> lines, Set<Integer> selected) {
        ReaderState r = m.reader();
        ArticleSummary a = r.article().summary();
        int height = m.readerHeight();
        String percent;
        if (r.lines().size() <= height) {
            percent = "all";
        } else {
            // how far through the scrollable part: 0% at the top, 100% at the bottom
            int maxTop = r.lines().size() - height;
            percent = Math.min(100, r.top() * 100 / maxTop) + "%";
        }
        lines.add(View.spread(Line.of(" " + TerminalText.clean(a.title()), Style.TITLE), Line.of(percent + " ", Style.DIM), m.cols()));
        lines.add(Line.of(" " + ArticleText.facts(a), Style.DIM));
        lines.add(View.rule(m.cols()));
        String needle = r.find().toLowerCase(Locale.ROOT);
        ReaderState.Hit current = r.current() >= 0 ? r.hits().get(r.current()) : null;
        for (int i = r.top(); i < Math.min(r.lines().size(), r.top() + height); i++) {
            Line line = r.lines().get(i);
            if (!needle.isEmpty()) {
                line = highlight(line, needle, current != null && current.line() == i ? current.start() : -1);
            }
            lines.add(line.prefixed(Run.plain(" ")));
        }
        if (r.lines().isEmpty()) {
            lines.add(Line.of("  (this article has no text; o opens it in the browser)", Style.DIM));
        }
    }

    @Override
    public Line footer(Model m) {
        if (m.reader().selection() != null) {
            return screens.highlights.footer(m);
        }
        String hints = View.hints(screens.keys, Action.PAGE_DOWN, "page", Action.RELATED, "related",
                Action.TRAIL_BACK, "back", Action.OPEN_BROWSER, "open", Action.TAGS, "tag", Action.BOOKMARK, "star",
                Action.SEARCH, "find", Action.BACK, "list", Action.HELP, "help");
        return View.spread(Line.of(" " + hints, Style.DIM), Line.of(View.trailPosition(m) + " ", Style.DIM), m.cols());
    }

    /**
     * The line with every case-insensitive occurrence of {@code needle} in the HIT style, and
     * the one starting at {@code current} (or none, -1) in the CURRENT_HIT style.
     */
    static Line highlight(Line line, String needle, int current) {
        String lower = line.text().toLowerCase(Locale.ROOT);
        if (!lower.contains(needle) || lower.length() != line.text().length()) {
            return line;
        }
        Style[] marked = new Style[lower.length()];
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + Math.max(1, needle.length()))) {
            for (int k = at; k < at + needle.length(); k++) {
                marked[k] = at == current ? Style.CURRENT_HIT : Style.HIT;
            }
        }
        List<Run> runs = new ArrayList<>();
        int pos = 0;
        for (Run run : line.runs()) {
            String t = run.text();
            int start = 0;
            for (int k = 1; k <= t.length(); k++) {
                if (k == t.length() || marked[pos + k] != marked[pos + start]) {
                    Style mark = marked[pos + start];
                    runs.add(new Run(t.substring(start, k), mark != null ? mark : run.style()));
                    start = k;
                }
            }
            pos += t.length();
        }
        return new Line(runs);
    }
}
