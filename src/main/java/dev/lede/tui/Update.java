package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.query.QueryException;
import dev.lede.query.QueryParser;
import dev.lede.render.ArticleText;
import dev.lede.render.Document;
import dev.lede.render.HtmlBlocks;
import dev.lede.render.Layout;
import dev.lede.render.Line;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the next {@link Model} from the current one and a {@link Msg}. Reads from the library
 * happen here (local, a page of rows at a time, fast); library writes and slow work go to
 * {@link Effects} and come back as messages, so a key never waits on another process.
 */
public final class Update {
    private static final int WINDOW = 200;

    private final Library library;
    private final KeyMap keys;
    private final Effects effects;
    private final UrlSaver saver;
    private final Function<String, String> opener;

    /**
     * @param opener opens a URL in the browser; returns an error to show, or null
     */
    public Update(Library library, KeyMap keys, Effects effects, UrlSaver saver, Function<String, String> opener) {
        this.library = library;
        this.keys = keys;
        this.effects = effects;
        this.saver = saver;
        this.opener = opener;
    }

    /** The first screen: the list loaded. */
    public Model init(int cols, int rows) {
        return reload(Model.start(cols, rows));
    }

    public Model update(Model m, Msg msg) {
        if (msg instanceof Msg.Key k) {
            return key(m, k.name());
        } else if (msg instanceof Msg.Resize r) {
            return resize(m, r.cols(), r.rows());
        } else if (msg instanceof Msg.Status s) {
            Model next = s.error() ? m.error(s.text()) : m.status(s.text());
            return s.changed() ? reload(next) : next;
        } else if (msg instanceof Msg.LibraryChanged) {
            return reload(m);
        } else if (msg instanceof Msg.Deleted d) {
            Article a = d.article();
            Model next = m.with(b -> {
                b.lastDeleted = a;
                b.trail = m.trail().without(a.id());
            }).status("deleted “" + TerminalText.clean(a.title()) + "” · u undo");
            return reload(next);
        } else if (msg instanceof Msg.RelatedFound f) {
            if (m.related() == null || m.related().sourceId() != f.sourceId()) {
                return m;
            }
            RelatedState r = m.related();
            return m.with(b -> b.related = new RelatedState(r.sourceId(), r.sourceTitle(), f.related(), 0, r.from()));
        }
        return m;
    }

    // ---- keys ----

    private Model key(Model m, String name) {
        if (name == null) {
            return m;
        }
        if (name.equals("EOF")) {
            return quit(m);
        }
        Model before = m;
        m = m.with(b -> {
            b.status = "";
            b.statusError = false;
        });
        if (m.prompt() != null) {
            return promptKey(m, name);
        }
        if (m.tooSmall()) {
            return name.equals("q") || name.equals("Q") || name.equals("Ctrl-c") ? quit(m) : m;
        }
        if (m.pending().isEmpty() && name.length() == 1 && Character.isDigit(name.charAt(0))
                && (m.count() > 0 || name.charAt(0) != '0')) {
            int count = Math.min(m.count() * 10 + (name.charAt(0) - '0'), 99999);
            return m.with(b -> b.count = count).status(count + " (a number before o opens that link)");
        }
        String sequence = m.pending().isEmpty() ? name : m.pending() + " " + name;
        if (m.pending().isEmpty() && keys.isPrefix(name)) {
            return m.with(b -> b.pending = name).status(name + ": " + keys.continuations(name));
        }
        Optional<Action> action = keys.action(sequence);
        int count = m.count();
        m = m.with(b -> {
            b.pending = "";
            b.count = 0;
        });
        if (action.isEmpty()) {
            return before.pending().isEmpty() ? m : m.error("no key " + sequence + " (? lists the keys)");
        }
        return act(m, action.get(), count);
    }

    /** What {@code action} does on the current screen. */
    Model act(Model m, Action action, int count) {
        switch (action) {
            case QUIT -> {
                return quit(m);
            }
            case REDRAW -> {
                return m.with(b -> b.redraws++);
            }
            case HELP -> {
                if (m.screen() == Screen.HELP) {
                    return m.with(b -> b.screen = m.helpFrom());
                }
                return m.with(b -> {
                    b.helpFrom = m.screen();
                    b.screen = Screen.HELP;
                    b.helpTop = 0;
                });
            }
            case ADD -> {
                return m.with(b -> b.prompt = Prompt.of(Prompt.Kind.ADD_URL, "add URL: "));
            }
            case UNDO -> {
                return undo(m);
            }
            default -> {
                // per screen below
            }
        }
        return switch (m.screen()) {
            case LIST -> listAction(m, action);
            case READER -> readerAction(m, action, count);
            case RELATED -> relatedAction(m, action);
            case TAGS -> tagPaneAction(m, action);
            case HELP -> helpAction(m, action);
        };
    }

    // ---- list ----

    private Model listAction(Model m, Action action) {
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
                return selected == null ? m : openArticle(m, selected.id(), Trail.of(selected.id()));
            }
            case BACK -> {
                return m.base() != null ? clearFilter(m) : quit(m);
            }
            case CANCEL -> {
                return m.base() != null ? clearFilter(m) : m;
            }
            case SEARCH -> {
                return m.with(b -> b.prompt = Prompt.of(Prompt.Kind.SEARCH, "search: "));
            }
            case RELATED -> {
                return selected == null ? m : openRelated(m, selected.id(), selected.title());
            }
            case TRAIL_FORWARD -> {
                return m.trail().index() >= 0 ? openArticle(m, m.trail().current(), m.trail()) : m;
            }
            case FILTER_TAG -> {
                return openTagPane(m);
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
            default -> {
                return selected == null ? m : articleAction(m, action, selected, 0);
            }
        }
    }

    /** Actions on one article that work alike in the list and the reader. */
    private Model articleAction(Model m, Action action, ArticleSummary a, int count) {
        switch (action) {
            case BOOKMARK -> {
                return bookmark(m, a);
            }
            case TOGGLE_READ -> {
                return setRead(m, a.id(), !a.read(), true);
            }
            case TAGS -> {
                List<String> known = new ArrayList<>(library.tags().keySet());
                String label = "tags" + (a.tags().isEmpty() ? "" : " (" + String.join(" ", a.tags()) + ")")
                        + " +x adds, -x removes: ";
                return m.with(b -> b.prompt = new Prompt(Prompt.Kind.TAGS, label, "", a.id(), known, ""));
            }
            case DELETE -> {
                return delete(m, a);
            }
            case OPEN_BROWSER -> {
                return openBrowser(m, a, count);
            }
            default -> {
                return m;
            }
        }
    }

    private Model moveCursor(Model m, int cursor) {
        ListState list = m.list();
        int c = Math.max(0, Math.min(cursor, list.count() - 1));
        return m.with(b -> b.list = window(list.withCursor(c, list.top()), m.listHeight()));
    }

    /** The list with the cursor on screen and the rows around it loaded. */
    private ListState window(ListState list, int height) {
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
            // Ranked results carry a snippet each (about 0.1 ms a row): a few screens of them,
            // so that each key of a search as you type stays quick.
            boolean ranked = list.query().hasText();
            int offset = Math.max(0, top - (ranked ? visible : WINDOW / 4));
            int limit = ranked ? visible * 3 : Math.max(WINDOW, visible * 2);
            list = list.withWindow(list.count(), offset, rows(list, offset, limit));
        }
        return list;
    }

    /**
     * Rows {@code offset..offset+limit-1} of the list. A date-ordered list continues from a
     * loaded row next to them, or counts back from its end (keyset paging: the cost stays the
     * same at row 100,000 as at row 0); ranked search results and far jumps use the offset.
     */
    private List<ArticleSummary> rows(ListState list, int offset, int limit) {
        Query q = list.query();
        if (!q.hasText()) {
            ArticleSummary before = offset > 0 ? list.row(offset - 1) : null;
            if (before != null) {
                return library.listAfter(q, before, limit);
            }
            ArticleSummary after = list.row(offset + limit);
            if (after != null) {
                return library.listBefore(q, after, limit);
            }
            if (offset + limit >= list.count() && offset > list.count() / 2) {
                return library.listBefore(q, null, list.count() - offset);
            }
        }
        return library.list(q, offset, limit);
    }

    /** The model with counts and the visible rows read again from the library. */
    Model reload(Model m) {
        int total = library.count(Query.ALL);
        ListState list = m.list();
        // The unfiltered list (the usual case) needs one count, not two.
        int count = list.query().matchesAll() ? total : library.count(list.query());
        ListState fresh = new ListState(list.query(), list.label(), list.search(), count, list.cursor(), list.top(), 0, List.of());
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

    private Model filter(Model m, String queryText) {
        Query q = QueryParser.parse(queryText);
        return applyQuery(m, q, queryText, false);
    }

    private Model applyQuery(Model m, Query q, String label, boolean search) {
        ListState base = m.base() != null ? m.base() : m.list();
        ListState list = new ListState(q, label, search, 0, 0, 0, 0, List.of());
        Model next = reload(m.with(b -> {
            b.base = base;
            b.list = list;
            b.screen = Screen.LIST;
        }));
        return next.list().count() == 0 ? next.status("no article matches " + label + " · Esc shows all") : next;
    }

    private Model clearFilter(Model m) {
        ListState base = m.base();
        return reload(m.with(b -> {
            b.list = base;
            b.base = null;
            b.screen = Screen.LIST;
        }));
    }

    private Model openTagPane(Model m) {
        List<String> queries = new ArrayList<>(List.of("", "is:unread", "is:bookmarked"));
        List<String> labels = new ArrayList<>(List.of("All articles", "Unread (is:unread)", "Bookmarked (is:bookmarked)"));
        for (Map.Entry<String, Integer> tag : library.tags().entrySet()) {
            queries.add("tag:" + tag.getKey());
            labels.add("#" + TerminalText.clean(tag.getKey()) + " (" + tag.getValue() + ")");
        }
        return m.with(b -> {
            b.tagPane = new TagPane(queries, labels, 0);
            b.screen = Screen.TAGS;
        });
    }

    private Model tagPaneAction(Model m, Action action) {
        TagPane pane = m.tagPane();
        int to = movedCursor(action, pane.cursor(), pane.queries().size() - 1, m.listHeight());
        if (to >= 0) {
            return m.with(b -> b.tagPane = pane.withCursor(to));
        }
        switch (action) {
            case OPEN -> {
                String q = pane.queries().get(pane.cursor());
                Model back = m.with(b -> b.screen = Screen.LIST);
                if (q.isEmpty()) {
                    return back.base() != null ? clearFilter(back) : back;
                }
                return filter(back, q);
            }
            case BACK, CANCEL, FILTER_TAG -> {
                return m.with(b -> b.screen = Screen.LIST);
            }
            default -> {
                return m;
            }
        }
    }

    // ---- reader ----

    private Model openArticle(Model m, long id, Trail trail) {
        Optional<Article> found = library.get(id);
        if (found.isEmpty()) {
            return m.error("article #" + id + " is no longer in the library");
        }
        Article a = found.get();
        Document doc = ArticleText.document(a);
        int width = m.readerWidth();
        List<Line> lines = Layout.body(doc, width);
        int maxTop = Math.max(0, lines.size() - m.readerHeight());
        ReaderState reader = new ReaderState(a, lines, doc.links(), width, Math.min(a.position(), maxTop), "", List.of());
        int index = m.list().indexOf(id);
        ListState list = index >= 0 ? window(m.list().withCursor(index, m.list().top()), m.listHeight()) : m.list();
        Model next = m.with(b -> {
            b.reader = reader;
            b.screen = Screen.READER;
            b.trail = trail;
            b.list = list;
        });
        return a.read() ? next : setRead(next, id, true, false);
    }

    /** Saves the reading position of the article in the reader. */
    private Model savePosition(Model m) {
        ReaderState r = m.reader();
        if (r != null && m.screen() == Screen.READER && r.top() != r.article().position()) {
            long id = r.article().id();
            int top = r.top();
            effects.write(() -> {
                library.setPosition(id, top);
                return null;
            });
            Article a = r.article();
            Article saved = new Article(a.id(), a.url(), a.canonicalUrl(), a.title(), a.byline(), a.site(), a.language(),
                    a.published(), a.saved(), a.words(), a.excerpt(), a.leadImage(), a.html(), a.text(), a.read(),
                    a.bookmarked(), top, a.tags());
            return m.with(b -> b.reader = r.withArticle(saved));
        }
        return m;
    }

    private Model leaveReader(Model m) {
        return savePosition(m).with(b -> b.screen = Screen.LIST);
    }

    private Model readerAction(Model m, Action action, int count) {
        ReaderState r = m.reader();
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
                return leaveReader(m);
            }
            case CANCEL -> {
                return r.find().isEmpty() ? leaveReader(m)
                        : m.with(b -> b.reader = r.withFind("", List.of(), r.top()));
            }
            case SEARCH -> {
                return m.with(b -> b.prompt = Prompt.of(Prompt.Kind.FIND, "find: "));
            }
            case NEXT_HIT -> {
                return nextHit(m, true);
            }
            case TOGGLE_READ -> {
                return r.find().isEmpty() ? articleAction(m, action, r.article().summary(), count) : nextHit(m, false);
            }
            case RELATED -> {
                return openRelated(savePosition(m), r.article().id(), r.article().title());
            }
            case TRAIL_BACK -> {
                Model saved = savePosition(m);
                return m.trail().canGoBack() ? openArticle(saved, m.trail().back().current(), m.trail().back())
                        : saved.with(b -> b.screen = Screen.LIST);
            }
            case TRAIL_FORWARD -> {
                return m.trail().canGoForward()
                        ? openArticle(savePosition(m), m.trail().forward().current(), m.trail().forward())
                        : m.status("no further story on the trail");
            }
            case NEXT_ARTICLE, PREVIOUS_ARTICLE -> {
                return neighbour(m, action == Action.NEXT_ARTICLE ? 1 : -1);
            }
            default -> {
                return articleAction(m, action, r.article().summary(), count);
            }
        }
    }

    private Model scroll(Model m, int top) {
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
        ListState moved = window(list.withCursor(target, list.top()), m.listHeight());
        ArticleSummary next = moved.selected();
        if (next == null) {
            return saved;
        }
        return openArticle(saved.with(b -> b.list = moved), next.id(), Trail.of(next.id()));
    }

    private Model nextHit(Model m, boolean forward) {
        ReaderState r = m.reader();
        if (r.hits().isEmpty()) {
            return m.status("no find active: / finds text in the article");
        }
        int pick = -1;
        if (forward) {
            for (int i = 0; i < r.hits().size(); i++) {
                if (r.hits().get(i) > r.top() + 1) {
                    pick = i;
                    break;
                }
            }
            pick = pick < 0 ? 0 : pick;
        } else {
            for (int i = r.hits().size() - 1; i >= 0; i--) {
                if (r.hits().get(i) < r.top() + 1) {
                    pick = i;
                    break;
                }
            }
            pick = pick < 0 ? r.hits().size() - 1 : pick;
        }
        int index = pick;
        return scroll(m, r.hits().get(index) - 1).status("hit " + (index + 1) + "/" + r.hits().size() + " · n next, N previous");
    }

    // ---- related ----

    private Model openRelated(Model m, long id, String title) {
        Screen from = m.screen();
        effects.background(() -> new Msg.RelatedFound(id, library.related(id, 20)));
        return m.with(b -> {
            b.related = new RelatedState(id, title, null, 0, from);
            b.screen = Screen.RELATED;
        });
    }

    private Model relatedAction(Model m, Action action) {
        RelatedState r = m.related();
        int last = r.items() == null ? 0 : Math.max(0, r.items().size() - 1);
        // Two rows an item: half the list's height is a page.
        int to = movedCursor(action, r.cursor(), last, m.listHeight() / 2);
        if (to >= 0) {
            return m.with(b -> b.related = r.withCursor(to));
        }
        switch (action) {
            case OPEN -> {
                if (r.items() == null || r.items().isEmpty()) {
                    return m;
                }
                long target = r.items().get(r.cursor()).article().id();
                Trail trail = r.from() == Screen.READER && m.trail().index() >= 0
                        && m.trail().current() == r.sourceId() ? m.trail() : Trail.of(r.sourceId());
                return openArticle(m, target, trail.jump(target));
            }
            case TRAIL_FORWARD -> {
                return m.trail().canGoForward() && r.from() == Screen.READER
                        ? openArticle(m, m.trail().forward().current(), m.trail().forward()) : m;
            }
            case BACK, CANCEL, TRAIL_BACK, RELATED -> {
                return m.with(b -> b.screen = r.from());
            }
            default -> {
                return m;
            }
        }
    }

    /**
     * Where a moving action takes a cursor over items 0 to {@code last}, {@code page} items a
     * page; -1 for an action that does not move it.
     */
    private static int movedCursor(Action action, int cursor, int last, int page) {
        return switch (action) {
            case DOWN -> Math.min(last, cursor + 1);
            case UP -> Math.max(0, cursor - 1);
            case TOP -> 0;
            case BOTTOM -> last;
            case PAGE_DOWN, HALF_DOWN -> Math.min(last, cursor + page);
            case PAGE_UP, HALF_UP -> Math.max(0, cursor - page);
            default -> -1;
        };
    }

    // ---- help ----

    private Model helpAction(Model m, Action action) {
        int last = Math.max(0, View.helpLines(keys, m.cols()).size() - m.listHeight());
        int to = movedCursor(action, m.helpTop(), last, m.listHeight() / 2);
        if (to >= 0) {
            return m.with(b -> b.helpTop = to);
        }
        switch (action) {
            case BACK, CANCEL -> {
                return m.with(b -> b.screen = m.helpFrom());
            }
            default -> {
                return m;
            }
        }
    }

    // ---- changes ----

    private Model bookmark(Model m, ArticleSummary a) {
        boolean on = !a.bookmarked();
        long id = a.id();
        effects.write(() -> library.setBookmarked(id, on) ? null
                : new Msg.Status("article #" + id + " is no longer in the library", true, true));
        return patch(m, id, s -> summary(s, s.read(), on, s.tags()), x -> article(x, x.read(), on, x.tags()))
                .status(on ? "bookmarked ★" : "bookmark removed");
    }

    private Model setRead(Model m, long id, boolean read, boolean tell) {
        effects.write(() -> {
            library.setRead(id, read);
            return null;
        });
        Model next = patch(m, id, s -> summary(s, read, s.bookmarked(), s.tags()), x -> article(x, read, x.bookmarked(), x.tags()));
        return tell ? next.status(read ? "marked read" : "marked unread") : next;
    }

    private Model delete(Model m, ArticleSummary a) {
        long id = a.id();
        effects.write(() -> library.delete(id).<Msg>map(Msg.Deleted::new)
                .orElse(new Msg.Status("article #" + id + " was already deleted", true, true)));
        return m.screen() == Screen.READER ? m.with(b -> b.screen = Screen.LIST) : m;
    }

    private Model undo(Model m) {
        Article a = m.lastDeleted();
        if (a == null) {
            return m.status("nothing to undo");
        }
        effects.write(() -> {
            library.restore(a);
            return new Msg.Status("restored “" + TerminalText.clean(a.title()) + "”", false, true);
        });
        return m.with(b -> b.lastDeleted = null);
    }

    private Model openBrowser(Model m, ArticleSummary a, int count) {
        String url = a.url();
        if (count > 0) {
            List<String> links = m.reader() != null && m.screen() == Screen.READER ? m.reader().links() : List.of();
            if (count > links.size()) {
                return m.error(links.isEmpty() ? "this article has no numbered links" : "no link " + count + " (1 to " + links.size() + ")");
            }
            url = links.get(count - 1);
        }
        String target = url;
        effects.background(() -> {
            String error = opener.apply(target);
            return error == null ? null : new Msg.Status(error, true, false);
        });
        return m.status("opening " + TerminalText.clean(url));
    }

    private Model applyTags(Model m, long id, String text) {
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String token : text.split("[\\s,]+")) {
            if (token.isBlank()) {
                continue;
            }
            if (token.startsWith("-")) {
                String t = Library.normalizeTag(token.substring(1));
                if (!t.isEmpty()) {
                    remove.add(t);
                }
            } else {
                String t = Library.normalizeTag(token.startsWith("+") ? token.substring(1) : token);
                if (!t.isEmpty()) {
                    add.add(t);
                }
            }
        }
        if (add.isEmpty() && remove.isEmpty()) {
            return m;
        }
        effects.write(() -> {
            if (!add.isEmpty()) {
                library.tag(id, add);
            }
            if (!remove.isEmpty()) {
                library.untag(id, remove);
            }
            return null;
        });
        Function<Collection<String>, List<String>> change = old -> {
            LinkedHashSet<String> tags = new LinkedHashSet<>(old);
            tags.removeAll(remove);
            tags.addAll(add);
            return tags.stream().sorted().toList();
        };
        Model next = patch(m, id, s -> summary(s, s.read(), s.bookmarked(), change.apply(s.tags())),
                x -> article(x, x.read(), x.bookmarked(), change.apply(x.tags())));
        List<String> now = change.apply(currentTags(m, id));
        return next.status(now.isEmpty() ? "no tags" : "tags: #" + String.join(" #", now));
    }

    private static List<String> currentTags(Model m, long id) {
        if (m.reader() != null && m.reader().article().id() == id) {
            return m.reader().article().tags();
        }
        int index = m.list().indexOf(id);
        return index >= 0 ? m.list().row(index).tags() : List.of();
    }

    /** Applies a change to article {@code id} wherever the model shows it, before the write lands. */
    private static Model patch(Model m, long id, Function<ArticleSummary, ArticleSummary> row, Function<Article, Article> full) {
        return m.with(b -> {
            b.list = m.list().withRow(id, row::apply);
            if (m.reader() != null && m.reader().article().id() == id) {
                b.reader = m.reader().withArticle(full.apply(m.reader().article()));
            }
        });
    }

    private static ArticleSummary summary(ArticleSummary s, boolean read, boolean bookmarked, List<String> tags) {
        return new ArticleSummary(s.id(), s.url(), s.title(), s.site(), s.byline(), s.published(), s.saved(), s.words(),
                read, bookmarked, tags, s.snippet());
    }

    private static Article article(Article a, boolean read, boolean bookmarked, List<String> tags) {
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.title(), a.byline(), a.site(), a.language(), a.published(),
                a.saved(), a.words(), a.excerpt(), a.leadImage(), a.html(), a.text(), read, bookmarked, a.position(), tags);
    }

    // ---- prompt ----

    private Model promptKey(Model m, String name) {
        Prompt p = m.prompt();
        switch (name) {
            case "Esc", "Ctrl-c", "Ctrl-g" -> {
                return m.with(b -> b.prompt = null);
            }
            case "Enter" -> {
                Model closed = m.with(b -> b.prompt = null);
                return submit(closed, p);
            }
            case "Backspace" -> {
                if (p.text().isEmpty()) {
                    return m.with(b -> b.prompt = null);
                }
                String text = p.text().substring(0, p.text().offsetByCodePoints(p.text().length(), -1));
                return m.with(b -> b.prompt = p.withText(text, ""));
            }
            case "Ctrl-u" -> {
                return m.with(b -> b.prompt = p.withText("", ""));
            }
            case "Ctrl-w" -> {
                String text = p.text().replaceAll("\\S+\\s*$", "");
                return m.with(b -> b.prompt = p.withText(text, ""));
            }
            case "Tab" -> {
                return p.kind() == Prompt.Kind.TAGS ? complete(m, p) : m;
            }
            case "Space" -> {
                return m.with(b -> b.prompt = p.withText(p.text() + " ", ""));
            }
            default -> {
                if (name.codePointCount(0, name.length()) == 1 && p.text().length() < 2000) {
                    String text = p.text() + TerminalText.clean(name);
                    return m.with(b -> b.prompt = p.withText(text, ""));
                }
                return m;
            }
        }
    }

    private Model complete(Model m, Prompt p) {
        int start = p.text().lastIndexOf(' ') + 1;
        String token = p.text().substring(start);
        String sign = token.startsWith("-") || token.startsWith("+") ? token.substring(0, 1) : "";
        String prefix = Library.normalizeTag(token.substring(sign.length()));
        // removing completes from the article's own tags, adding from every tag in the library
        List<String> pool = sign.equals("-") ? currentTags(m, p.target()) : p.candidates();
        List<String> matches = pool.stream().filter(t -> t.startsWith(prefix)).sorted().toList();
        if (matches.isEmpty()) {
            return m.with(b -> b.prompt = p.withText(p.text(), "no tag starts with " + prefix));
        }
        String common = matches.get(0);
        for (String match : matches) {
            int k = 0;
            while (k < common.length() && k < match.length() && common.charAt(k) == match.charAt(k)) {
                k++;
            }
            common = common.substring(0, k);
        }
        String head = p.text().substring(0, start) + sign;
        if (matches.size() == 1) {
            String text = head + matches.get(0) + " ";
            return m.with(b -> b.prompt = p.withText(text, ""));
        }
        String text = head + common;
        String hint = "Tab: " + String.join("  ", matches);
        return m.with(b -> b.prompt = p.withText(text, hint));
    }

    private Model submit(Model m, Prompt p) {
        String text = p.text().strip();
        switch (p.kind()) {
            case SEARCH -> {
                if (text.isEmpty()) {
                    return m.base() != null ? clearFilter(m) : m;
                }
                try {
                    Query q = QueryParser.parse(text);
                    return applyQuery(m, q, "search: " + text, q.hasText());
                } catch (QueryException e) {
                    return m.with(b -> b.prompt = p).error(TerminalText.clean(e.getMessage()));
                }
            }
            case FIND -> {
                return find(m, text);
            }
            case TAGS -> {
                return applyTags(m, p.target(), text);
            }
            case ADD_URL -> {
                if (text.isEmpty()) {
                    return m;
                }
                effects.background(() -> new Msg.Status(TerminalText.clean(saver.save(text)), false, true));
                return m.status("saving " + TerminalText.clean(text) + " …");
            }
            default -> {
                return m;
            }
        }
    }

    private Model find(Model m, String text) {
        ReaderState r = m.reader();
        if (r == null) {
            return m;
        }
        if (text.isEmpty()) {
            return m.with(b -> b.reader = r.withFind("", List.of(), r.top()));
        }
        String needle = text.toLowerCase(Locale.ROOT);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            if (r.lines().get(i).text().toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            return m.error("not found: " + TerminalText.clean(text));
        }
        Model found = m.with(b -> b.reader = r.withFind(text, hits, Math.max(0, r.top() - 2)));
        return nextHit(found, true);
    }

    // ---- the rest ----

    private Model resize(Model m, int cols, int rows) {
        Model sized = m.with(b -> {
            b.cols = cols;
            b.rows = rows;
            b.redraws++;
        });
        ListState list = window(sized.list(), sized.listHeight());
        sized = sized.with(b -> b.list = list);
        ReaderState r = sized.reader();
        if (r != null && r.width() != sized.readerWidth()) {
            Document doc = ArticleText.document(r.article());
            List<Line> lines = Layout.body(doc, sized.readerWidth());
            // keep the same part of the article in view: scale the position by the new length
            int top = r.lines().isEmpty() ? 0 : (int) ((long) r.top() * lines.size() / r.lines().size());
            ReaderState laid = new ReaderState(r.article(), lines, doc.links(), sized.readerWidth(), top, "", List.of());
            Model next = sized.with(b -> b.reader = laid);
            if (!r.find().isEmpty()) {
                return find(next, r.find());
            }
            return next.screen() == Screen.READER ? scroll(next, top) : next;
        }
        // Same width, other height: the last screenful must still end at the article's end.
        return r != null && sized.screen() == Screen.READER ? scroll(sized, r.top()) : sized;
    }

    private Model quit(Model m) {
        return savePosition(m).with(b -> b.quit = true);
    }
}
