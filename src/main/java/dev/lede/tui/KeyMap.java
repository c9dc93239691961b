package dev.lede.tui;

import dev.lede.config.Config;
import dev.lede.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of key bindings: each action with its keys and help text. The help screen,
 * {@code lede keys} and the README's key table are all generated from it. A key is named as
 * {@link Keys} names it ({@code j}, {@code Enter}, {@code Ctrl-d}); two keys separated by a
 * space form a sequence ({@code g t}).
 */
public final class KeyMap {

    /** One row of the table. */
    public record Binding(Action action, List<String> keys, String help) {
        public Binding {
            keys = List.copyOf(keys);
        }
    }

    /** The default bindings, in the order help shows them. */
    public static final List<Binding> DEFAULTS = List.of(
            new Binding(Action.DOWN, List.of("j", "Down"), "move down / scroll one line"),
            new Binding(Action.UP, List.of("k", "Up"), "move up / scroll one line"),
            new Binding(Action.PAGE_DOWN, List.of("Space", "PgDn", "Ctrl-f"), "page down"),
            new Binding(Action.PAGE_UP, List.of("PgUp", "Ctrl-b"), "page up"),
            new Binding(Action.HALF_DOWN, List.of("Ctrl-d"), "half a page down"),
            new Binding(Action.HALF_UP, List.of("Ctrl-u"), "half a page up"),
            new Binding(Action.TOP, List.of("g g", "Home"), "go to the top"),
            new Binding(Action.BOTTOM, List.of("G", "End"), "go to the bottom"),
            new Binding(Action.OPEN, List.of("Enter"), "read the article / jump to the related story"),
            new Binding(Action.BACK, List.of("q"), "back to the list; quit from the list"),
            new Binding(Action.CANCEL, List.of("Esc"), "close; clear the search or filter"),
            new Binding(Action.QUIT, List.of("Q", "Ctrl-c"), "quit"),
            new Binding(Action.SEARCH, List.of("/"), "search the library (in the reader: find in the article)"),
            new Binding(Action.NEXT_HIT, List.of("n"), "next hit of the find"),
            new Binding(Action.TOGGLE_READ, List.of("N"), "mark read/unread (in the reader while finding: previous hit)"),
            new Binding(Action.RELATED, List.of("r", "Tab"), "related stories"),
            new Binding(Action.TRAIL_BACK, List.of("h", "Backspace", "Left"), "back along the trail of stories"),
            new Binding(Action.TRAIL_FORWARD, List.of("l", "Right"), "forward along the trail"),
            new Binding(Action.STORY, List.of("s"), "the article's story: every report of the event in time order"),
            new Binding(Action.NEXT_ARTICLE, List.of("J"), "next article (reader)"),
            new Binding(Action.PREVIOUS_ARTICLE, List.of("K"), "previous article (reader)"),
            new Binding(Action.TAGS, List.of("t"), "edit tags: x adds, -x removes, Tab completes"),
            new Binding(Action.BOOKMARK, List.of("b"), "bookmark / unbookmark"),
            new Binding(Action.ARCHIVE, List.of("e"), "archive / take out of the archive"),
            new Binding(Action.FILTER_TAG, List.of("g t"), "show one tag (pick from the tag list)"),
            new Binding(Action.FILTER_UNREAD, List.of("g u"), "show unread articles (is:unread)"),
            new Binding(Action.FILTER_BOOKMARKED, List.of("g b"), "show bookmarked articles (is:bookmarked)"),
            new Binding(Action.FILTER_ARCHIVED, List.of("g e"), "show archived articles (is:archived)"),
            new Binding(Action.FILTER_ALL, List.of("g a"), "show the list as it starts (archived hidden)"),
            new Binding(Action.MARK_ALL_READ, List.of("A"), "mark every article in the list read (asks first)"),
            new Binding(Action.ARCHIVE_ALL, List.of("E"), "archive every article in the list (asks first)"),
            new Binding(Action.TAG_ALL, List.of("T"), "tag every article in the list: x adds, -x removes"),
            new Binding(Action.FEEDS, List.of("g f"), "feeds: unread/total and last error; Enter lists a feed's articles"),
            new Binding(Action.REFRESH, List.of("R"), "refresh every feed in the background (or sync)"),
            new Binding(Action.STORIES, List.of("g s"), "list stories (events with several articles)"),
            new Binding(Action.ADD, List.of("a"), "add a URL"),
            new Binding(Action.DELETE, List.of("d"), "delete the article"),
            new Binding(Action.UNDO, List.of("u"), "undo the last delete, archive or change to the whole list; again for the one before"),
            new Binding(Action.HIGHLIGHT, List.of("v"), "highlight in the reader: j/k select sentences, Enter saves with a note, d removes"),
            new Binding(Action.OPEN_BROWSER, List.of("o"), "open in the browser; a number first opens that link (3 o)"),
            new Binding(Action.SORT, List.of("S"), "sort the list: saved, published, title, site, length (remembered)"),
            new Binding(Action.HELP, List.of("?"), "this help"),
            new Binding(Action.REDRAW, List.of("Ctrl-l"), "redraw the screen"));

    private final List<Binding> bindings;
    private final Map<String, Action> byKeys = new LinkedHashMap<>();

    public KeyMap(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
        for (Binding binding : bindings) {
            for (String keys : binding.keys()) {
                Action before = byKeys.putIfAbsent(keys, binding.action());
                if (before != null) {
                    throw new IllegalArgumentException("key " + keys + " bound to both " + before + " and " + binding.action());
                }
            }
        }
    }

    public static KeyMap defaults() {
        return new KeyMap(DEFAULTS);
    }

    /** Keys that name no character: what {@code bind} accepts besides one character, Ctrl- and Alt- keys. */
    private static final Set<String> NAMED_KEYS = Set.of("Enter", "Esc", "Backspace", "Tab", "Shift-Tab", "Up", "Down",
            "Left", "Right", "PgUp", "PgDn", "Home", "End", "Delete", "Space");

    /** The name of {@code action} in the config file: {@code page-down}. */
    public static String actionName(Action action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * This key map changed by the config file's {@code bind} and {@code unbind} lines, in
     * order: a bound key leaves the action it had and joins the named one. A bad line is a
     * {@link ConfigException} naming it.
     */
    public KeyMap with(Config config) {
        Map<Action, List<String>> keys = new LinkedHashMap<>();
        for (Binding b : bindings) {
            keys.put(b.action(), new ArrayList<>(b.keys()));
        }
        for (Config.Binding change : config.bindings()) {
            for (String key : change.keys()) {
                if (!isKeyName(key)) {
                    throw config.error(change.line(), "no key '" + shown(key) + "'; a key is one character, Ctrl-x, Alt-x or one of "
                            + String.join(" ", new java.util.TreeSet<>(NAMED_KEYS)) + " (digits are counts)");
                }
            }
            String sequence = change.sequence();
            keys.values().forEach(list -> list.remove(sequence));
            if (change.action() != null) {
                Action action = null;
                for (Action a : Action.values()) {
                    if (actionName(a).equals(change.action())) {
                        action = a;
                    }
                }
                if (action == null) {
                    throw config.error(change.line(), "no action '" + shown(change.action()) + "'; lede keys --actions lists them");
                }
                keys.get(action).add(sequence);
            }
        }
        List<Binding> changed = new ArrayList<>();
        for (Binding b : bindings) {
            changed.add(new Binding(b.action(), keys.get(b.action()), b.help()));
        }
        KeyMap map = new KeyMap(changed);
        for (String k : map.byKeys.keySet()) {
            if (!k.contains(" ") && map.isPrefix(k)) {
                throw new ConfigException(config.source() + ": key " + k + " both runs an action and starts a sequence"
                        + " (" + map.continuations(k) + "); unbind one of them");
            }
        }
        return map;
    }

    private static boolean isKeyName(String key) {
        if (NAMED_KEYS.contains(key)) {
            return true;
        }
        String rest = key.startsWith("Ctrl-") || key.startsWith("Alt-") ? key.substring(key.indexOf('-') + 1) : key;
        return rest.codePointCount(0, rest.length()) == 1 && !Character.isWhitespace(rest.codePointAt(0))
                && !Character.isISOControl(rest.codePointAt(0)) && !(rest.equals(key) && Character.isDigit(key.charAt(0)));
    }

    private static String shown(String text) {
        String clean = text.codePoints().limit(30).collect(StringBuilder::new,
                (out, cp) -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp), StringBuilder::append).toString();
        return text.length() > clean.length() ? clean + "…" : clean;
    }

    /** The first key of {@code action}, as footers show it; empty when it has none. */
    public String keyOf(Action action) {
        for (Binding b : bindings) {
            if (b.action() == action) {
                return b.keys().isEmpty() ? "" : b.keys().get(0);
            }
        }
        return "";
    }

    /** Every action with its config name and help, for {@code lede keys --actions}. */
    public List<String> actionLines() {
        int width = 0;
        for (Binding b : bindings) {
            width = Math.max(width, actionName(b.action()).length());
        }
        List<String> lines = new ArrayList<>();
        for (Binding b : bindings) {
            String name = actionName(b.action());
            lines.add(name + " ".repeat(width - name.length() + 2) + b.help());
        }
        return lines;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** The action bound to {@code keys} (one key, or a sequence such as {@code "g t"}). */
    public Optional<Action> action(String keys) {
        return Optional.ofNullable(byKeys.get(keys));
    }

    /** True when {@code key} starts a longer sequence ({@code g} in {@code g t}). */
    public boolean isPrefix(String key) {
        String start = key + " ";
        return byKeys.keySet().stream().anyMatch(k -> k.startsWith(start));
    }

    /** The keys that may follow {@code prefix}, with their help, for the status line. */
    public String continuations(String prefix) {
        List<String> out = new ArrayList<>();
        for (Binding binding : bindings) {
            for (String keys : binding.keys()) {
                if (keys.startsWith(prefix + " ")) {
                    out.add(keys.substring(prefix.length() + 1) + " " + shortHelp(binding.help()));
                }
            }
        }
        return String.join(" · ", out);
    }

    private static String shortHelp(String help) {
        int cut = help.indexOf(" (");
        return cut < 0 ? help : help.substring(0, cut);
    }

    /** The table as Markdown, for the README. */
    public String markdown() {
        StringBuilder out = new StringBuilder("| keys | action |\n|---|---|\n");
        for (Binding binding : bindings) {
            List<String> quoted = binding.keys().stream().map(k -> "`" + k + "`").toList();
            out.append("| ").append(String.join(", ", quoted)).append(" | ").append(binding.help()).append(" |\n");
        }
        return out.toString();
    }

    /** The table as aligned text lines: keys, then help. */
    public List<String> textLines() {
        int width = 0;
        for (Binding binding : bindings) {
            width = Math.max(width, String.join(", ", binding.keys()).length());
        }
        List<String> lines = new ArrayList<>();
        for (Binding binding : bindings) {
            String keys = String.join(", ", binding.keys());
            lines.add(keys + " ".repeat(width - keys.length() + 2) + binding.help());
        }
        return lines;
    }
}
