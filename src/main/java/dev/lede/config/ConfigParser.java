package dev.lede.config;

import dev.lede.model.Sort;
import dev.lede.query.QueryException;
import dev.lede.query.QueryParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the config file's text: one setting a line, {@code #} starts a comment, blank lines
 * are skipped; the first bad line is a {@link ConfigException} naming it. For example:
 *
 * <pre>
 * theme solarized-dark
 * sort published          # saved, published, title, site, length
 * filter -is:archived     # what the list shows at start
 * width 80                # the reader's widest text column, and lede show's width
 * browser firefox --new-tab %s
 * bind x delete           # a key, or a sequence (bind g d delete), then an action
 * unbind d
 * </pre>
 */
public final class ConfigParser {
    private static final String SETTINGS = "theme, sort, filter, width, browser, bind, unbind";

    private ConfigParser() {
    }

    /** The settings {@code text} gives; {@code source} names it in errors (a file path). */
    public static Config parse(String text, String source) {
        Config c = new Config(Config.DEFAULTS.theme(), Config.DEFAULTS.sort(), Config.DEFAULTS.filter(),
                Config.DEFAULTS.width(), Config.DEFAULTS.browser(), List.of(), source);
        String theme = c.theme();
        Sort sort = c.sort();
        String filter = c.filter();
        int width = c.width();
        String browser = c.browser();
        List<Config.Binding> bindings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = stripComment(lines[n - 1]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            String setting = words[0];
            String value = line.substring(setting.length()).strip();
            switch (setting) {
                case "theme" -> {
                    if (!Config.THEMES.contains(value)) {
                        throw c.error(n, "no theme '" + shown(value) + "'; themes: " + String.join(", ", Config.THEMES));
                    }
                    theme = value;
                }
                case "sort" -> {
                    Optional<Sort> named = Sort.named(value);
                    if (named.isEmpty()) {
                        throw c.error(n, "no sort order '" + shown(value) + "'; orders: " + Sort.words());
                    }
                    sort = named.get();
                }
                case "filter" -> {
                    try {
                        QueryParser.parse(value);
                    } catch (QueryException e) {
                        throw c.error(n, "bad filter: " + e.getMessage());
                    }
                    filter = value;
                }
                case "width" -> {
                    try {
                        width = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        width = -1;
                    }
                    if (width != 0 && (width < 20 || width > 1000)) {
                        throw c.error(n, "width must be a number of columns from 20 to 1000 (0: the terminal's width)");
                    }
                }
                case "browser" -> {
                    if (value.isEmpty()) {
                        throw c.error(n, "browser needs a command, e.g. browser firefox %s");
                    }
                    browser = value;
                }
                case "bind" -> {
                    if (words.length < 3) {
                        throw c.error(n, "bind needs keys and an action, e.g. bind x delete");
                    }
                    List<String> keys = Arrays.asList(words).subList(1, words.length - 1);
                    bindings.add(new Config.Binding(keys, words[words.length - 1], n));
                }
                case "unbind" -> {
                    if (words.length < 2) {
                        throw c.error(n, "unbind needs a key, e.g. unbind d");
                    }
                    bindings.add(new Config.Binding(Arrays.asList(words).subList(1, words.length), null, n));
                }
                default -> throw c.error(n, "no setting '" + shown(setting) + "'; settings: " + SETTINGS);
            }
        }
        return new Config(theme, sort, filter, width, browser, bindings, source);
    }

    /** The line without a {@code #} comment; a {@code #} right after a space or at the start begins one. */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** A value from the file as an error message may show it: printable and short. */
    static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(40).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return value.codePointCount(0, value.length()) > 40 ? out + "…" : out.toString();
    }
}
