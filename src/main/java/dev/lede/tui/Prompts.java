package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.model.Query;
import dev.lede.query.QueryException;
import dev.lede.query.QueryParser;
import dev.lede.render.DisplayWidth;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.util.List;

/**
 * The one-line prompts (search, find, tags, add URL): editing keys while one is open, and
 * what Enter does with its text. A prompt takes every key until Enter or Esc.
 */
final class Prompts {
    private final Screens screens;

    Prompts(Screens screens) {
        this.screens = screens;
    }

    /** The next model after key {@code name} with a prompt open; a search prompt searches as you type. */
    Model key(Model m, String name) {
        Model next = edit(m, name);
        Prompt before = m.prompt();
        Prompt after = next.prompt();
        if (before.kind() == Prompt.Kind.SEARCH && after != null && !after.text().equals(before.text())) {
            return screens.list.searchAsYouType(next, after.text());
        }
        return next;
    }

    private Model edit(Model m, String name) {
        Prompt p = m.prompt();
        if (p.kind() == Prompt.Kind.CONFIRM) {
            // y does it; any other key (Enter too) leaves everything as it is
            Model closed = m.with(b -> b.prompt = null);
            return name.equals("y") || name.equals("Y") ? screens.changes.applyAll(closed, p.bulk(), "")
                    : closed.status("nothing changed");
        }
        switch (name) {
            case "Esc", "Ctrl-c", "Ctrl-g" -> {
                Prompt.Restore restore = p.restore();
                if (restore != null && m.list() != restore.list()) {
                    // the search typed so far is dropped: the list as it was when / was pressed
                    return screens.list.reload(m.with(b -> {
                        b.prompt = null;
                        b.list = restore.list();
                        b.base = restore.base();
                    }));
                }
                return m.with(b -> b.prompt = null);
            }
            case "Enter" -> {
                Model closed = m.with(b -> b.prompt = null);
                return submit(closed, p);
            }
            case "Backspace" -> {
                if (p.text().isEmpty()) {
                    return m; // only Esc closes: letters typed next must not run as commands
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
                return p.kind() == Prompt.Kind.TAGS || p.kind() == Prompt.Kind.TAG_ALL ? complete(m, p) : m;
            }
            case "Space" -> {
                return m.with(b -> b.prompt = p.typed(" "));
            }
            default -> {
                if (name.codePointCount(0, name.length()) == 1) {
                    return m.with(b -> b.prompt = p.typed(TerminalText.clean(name)));
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
        List<String> pool = sign.equals("-") ? ArticleChanges.currentTags(m, p.target()) : p.candidates();
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
        if (p.cut() && p.kind() == Prompt.Kind.ADD_URL) {
            // the first 2,000 characters of a URL are another URL: never save that
            return m.error("the URL is longer than " + Prompt.MAX_CHARS + " characters and was cut: not saved;"
                    + " use lede add URL");
        }
        switch (p.kind()) {
            case SEARCH -> {
                if (text.isEmpty()) {
                    return m.base() != null ? screens.list.clearFilter(m) : m;
                }
                try {
                    // as the list showed it while typing: the last word matches as a prefix
                    Query q = QueryParser.parse(p.text(), true);
                    String label = ListScreen.SEARCH_LABEL + text;
                    if (m.list().query().equals(q) && m.list().label().equals(label)) {
                        // the list shows these results already, searched as they were typed
                        return screens.list.noMatchNote(m, label);
                    }
                    Model from = p.restore() == null ? m
                            : m.with(b -> b.base = p.restore().base() != null ? p.restore().base() : p.restore().list());
                    return screens.list.applyQuery(from, q, label, q.hasText());
                } catch (QueryException e) {
                    return m.with(b -> b.prompt = p).error(TerminalText.clean(e.getMessage()));
                }
            }
            case FIND -> {
                return screens.reader.find(m, text);
            }
            case TAGS -> {
                return screens.changes.applyTags(m, p.target(), text);
            }
            case TAG_ALL -> {
                return screens.changes.applyAll(m, p.bulk(), text);
            }
            case NOTE -> {
                return screens.highlights.save(m, text);
            }
            case ADD_URL -> {
                if (text.isEmpty()) {
                    return m;
                }
                screens.effects.background(() -> new Msg.SaveDone(text, screens.saver.save(text)));
                List<String> saving = new java.util.ArrayList<>(m.saving());
                saving.add(text);
                return m.with(b -> b.saving = saving).status("saving " + TerminalText.clean(text) + " …");
            }
            default -> {
                return m;
            }
        }
    }

    /** The prompt's row: its label, and the end of its text where typing happens. */
    static Line line(Prompt p, int cols) {
        String label = " " + p.label();
        String text = visibleText(p, cols);
        return Line.of(new Run(label, Style.BOLD), Run.plain(text));
    }

    /** The column of the text cursor on the prompt's row. */
    static int cursorColumn(Prompt p, int cols) {
        return Math.min(cols - 1, DisplayWidth.of(" " + p.label()) + DisplayWidth.of(visibleText(p, cols)));
    }

    private static String visibleText(Prompt p, int cols) {
        String text = p.text();
        int room = cols - DisplayWidth.of(" " + p.label()) - 1;
        // show the end of a long entry: that is where typing happens
        while (DisplayWidth.of(text) > room && !text.isEmpty()) {
            text = text.substring(text.offsetByCodePoints(0, 1));
        }
        return text;
    }
}
