package dev.lede.tui;

import dev.lede.library.SaveOutcome;
import dev.lede.query.QueryParser;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the next {@link Model} from the current one and a {@link Msg}: turns keys into
 * actions through the {@link KeyMap}, handles the few actions every screen shares, and hands
 * the rest to the showing screen's {@link ScreenHandler}. Reads from the library happen in
 * the screens (local, a page of rows at a time, fast); library writes and slow work go to
 * {@link Effects} and come back as messages, so a key never waits on another process.
 */
public final class Update {
    private final Screens screens;

    Update(Screens screens) {
        this.screens = screens;
    }

    /**
     * Work for the moment the reader rests after showing {@code m}, once the input has been
     * quiet a while (see {@link Resting}), or null when there is none: the article under the
     * list's cursor is laid out in the background, for Enter.
     */
    public Runnable idle(Model m) {
        if (m.screen() == Screen.LIST && m.prompt() == null && !m.tooSmall()) {
            dev.lede.model.ArticleSummary selected = m.list().selected();
            if (selected != null) {
                long id = selected.id();
                int width = m.readerWidth();
                return () -> screens.layouts.prepare(id, width);
            }
        }
        return null;
    }

    /** The articles laid out for the reader. */
    ArticleLayouts layouts() {
        return screens.layouts;
    }

    /**
     * The list as a search for the longest word of the selected article's title shows it,
     * searched on the calling thread and changing nothing (the start-up rehearsal runs the
     * search and its snippets on it); null when the title has no word of three letters. The
     * longest word, because a long word is seldom one most titles share: the search stays short.
     */
    Model rehearsalSearch(Model m) {
        dev.lede.model.ArticleSummary selected = m.list().selected();
        if (selected == null || m.tooSmall()) {
            return null;
        }
        String longest = "";
        for (String word : selected.title().split("[^\\p{L}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        if (longest.length() < 3) {
            return null;
        }
        String text = longest.toLowerCase(java.util.Locale.ROOT);
        return screens.list.applyQuery(m, QueryParser.parse(text, true), ListScreen.SEARCH_LABEL + text, true);
    }

    /**
     * The screens the start-up rehearsal runs keys on: these, their effects dropped (a letter
     * typed in the search prompt there starts no search).
     */
    Screens rehearsalScreens() {
        return screens.withoutEffects();
    }

    /** The first screen: the list loaded, in the config's order and with its filter. */
    public Model init(int cols, int rows) {
        String filter = screens.config.filter();
        ListState list = filter.isBlank() ? ListState.all(screens.config.sort())
                : ListState.of(QueryParser.parse(filter), filter, false, screens.config.sort());
        return screens.list.reload(Model.start(cols, rows, list, screens.config.width()));
    }

    public Model update(Model m, Msg msg) {
        if (msg instanceof Msg.Key k) {
            return key(m, k.name());
        } else if (msg instanceof Msg.Resize r) {
            return resize(m, r.cols(), r.rows());
        } else if (msg instanceof Msg.Status s) {
            Model next = s.error() ? m.error(s.text()) : m.status(s.text());
            return s.changed() ? screens.feeds.reload(screens.list.reload(next)) : next;
        } else if (msg instanceof Msg.LibraryChanged) {
            return screens.list.reload(m);
        } else if (msg instanceof Msg.Deleted d) {
            return screens.changes.deleted(m, d);
        } else if (msg instanceof Msg.Done d) {
            return screens.changes.done(m, d.undo(), TerminalText.clean(d.text()));
        } else if (msg instanceof Msg.Arrived a) {
            return screens.list.select(screens.list.reload(m), a.id(), TerminalText.clean(a.text()));
        } else if (msg instanceof Msg.HighlightsChanged c) {
            return screens.highlights.changed(m, c.articleId()).status(TerminalText.clean(c.text()));
        } else if (msg instanceof Msg.SaveDone d) {
            return saved(m, d);
        } else if (msg instanceof Msg.SearchFound f) {
            return screens.list.found(m, f);
        } else if (msg instanceof Msg.RelatedFound f) {
            return screens.related.found(m, f);
        } else if (msg instanceof Msg.StoriesFound f) {
            return screens.story.found(m, f);
        } else if (msg instanceof Msg.TimelineFound f) {
            return screens.story.found(m, f);
        }
        return m;
    }

    /** A save of the {@code a} key ended: the cursor goes to the article, or the failure is shown. */
    private Model saved(Model m, Msg.SaveDone d) {
        List<String> saving = new ArrayList<>(m.saving());
        saving.remove(d.url());
        Model next = m.with(b -> b.saving = saving);
        if (next.quitting() && saving.isEmpty()) {
            return screens.quit(next);
        }
        String text = TerminalText.clean(d.outcome().message());
        if (d.outcome() instanceof SaveOutcome.Saved s) {
            return screens.list.select(screens.list.reload(next), s.id(), text);
        } else if (d.outcome() instanceof SaveOutcome.AlreadySaved s) {
            return screens.list.select(screens.list.reload(next), s.id(), text);
        }
        return next.error(text);
    }

    private Model key(Model m, String name) {
        if (name == null) {
            return m;
        }
        if (name.equals("EOF")) {
            // the terminal is gone: nobody is left to wait for
            return screens.quit(m.with(b -> b.quitting = true));
        }
        Model before = m;
        m = m.with(b -> {
            b.status = "";
            b.statusError = false;
        });
        if (m.prompt() != null) {
            return screens.prompts.key(m, name);
        }
        if (m.tooSmall()) {
            return name.equals("q") || name.equals("Q") || name.equals("Ctrl-c") ? screens.quit(m) : m;
        }
        if (m.pending().isEmpty() && name.length() == 1 && Character.isDigit(name.charAt(0))
                && (m.count() > 0 || name.charAt(0) != '0')) {
            int count = Math.min(m.count() * 10 + (name.charAt(0) - '0'), 99999);
            return m.with(b -> b.count = count).status(count + " (a number before o opens that link)");
        }
        String sequence = m.pending().isEmpty() ? name : m.pending() + " " + name;
        if (m.pending().isEmpty() && screens.keys.isPrefix(name)) {
            return m.with(b -> b.pending = name).status(name + ": " + screens.keys.continuations(name));
        }
        Optional<Action> action = screens.keys.action(sequence);
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

    /** What {@code action} does: the same on every screen for a few, else what the showing screen makes of it. */
    Model act(Model m, Action action, int count) {
        return switch (action) {
            case QUIT -> screens.quit(m);
            case REDRAW -> m.with(b -> b.redraws++);
            case HELP -> screens.help.toggle(m);
            case ADD -> m.with(b -> b.prompt = Prompt.of(Prompt.Kind.ADD_URL, "add URL: "));
            case UNDO -> screens.changes.undo(m);
            case FEEDS -> screens.feeds.open(m);
            case REFRESH -> screens.feeds.refresh(m);
            default -> screens.of(m.screen()).act(m, action, count);
        };
    }

    private Model resize(Model m, int cols, int rows) {
        Model sized = m.with(b -> {
            b.cols = cols;
            b.rows = rows;
            b.redraws++;
        });
        ListState list = screens.list.window(sized.list(), sized.listHeight());
        return screens.reader.relayout(sized.with(b -> b.list = list));
    }
}
