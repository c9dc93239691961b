package dev.lede.tui;

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

    /** The first screen: the list loaded. */
    public Model init(int cols, int rows) {
        return screens.list.reload(Model.start(cols, rows));
    }

    public Model update(Model m, Msg msg) {
        if (msg instanceof Msg.Key k) {
            return key(m, k.name());
        } else if (msg instanceof Msg.Resize r) {
            return resize(m, r.cols(), r.rows());
        } else if (msg instanceof Msg.Status s) {
            Model next = s.error() ? m.error(s.text()) : m.status(s.text());
            return s.changed() ? screens.list.reload(next) : next;
        } else if (msg instanceof Msg.LibraryChanged) {
            return screens.list.reload(m);
        } else if (msg instanceof Msg.Deleted d) {
            return screens.changes.deleted(m, d.article());
        } else if (msg instanceof Msg.RelatedFound f) {
            return screens.related.found(m, f);
        }
        return m;
    }

    private Model key(Model m, String name) {
        if (name == null) {
            return m;
        }
        if (name.equals("EOF")) {
            return screens.quit(m);
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
