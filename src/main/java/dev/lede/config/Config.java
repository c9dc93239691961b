package dev.lede.config;

import dev.lede.model.Sort;
import java.util.List;

/**
 * The settings of the config file, each with its default when the file does not set it.
 *
 * @param theme    colour theme name, one of {@link #THEMES}
 * @param sort     the list's order at start
 * @param filter   the list's query at start (empty: every article; the default hides archived ones)
 * @param width    the reader's widest text column, and lede show's width; 0 for the terminal's width (show: 80)
 * @param browser  command that opens links ({@code %s} stands for the URL); empty for $BROWSER or xdg-open
 * @param bindings key changes, in file order
 * @param source   where the settings came from, for messages ({@code "defaults"} or the file)
 */
public record Config(String theme, Sort sort, String filter, int width, String browser, List<Binding> bindings,
                     String source) {

    /** The colour themes a config or {@code --theme} may name. */
    public static final List<String> THEMES =
            List.of("default", "light", "dark", "solarized-dark", "solarized-light", "no-colour");

    /** Every setting at its default: the list starts with archived articles hidden. */
    public static final Config DEFAULTS = new Config("default", Sort.SAVED, "-is:archived", 0, "", List.of(), "defaults");

    /**
     * A {@code bind} or {@code unbind} line: {@code keys} (one key or a sequence such as
     * {@code g t}) run {@code action}, or nothing when {@code action} is null.
     *
     * @param line the line of the config file, for errors found later (an unknown action)
     */
    public record Binding(List<String> keys, String action, int line) {
        public Binding {
            keys = List.copyOf(keys);
        }

        /** The keys as the key map writes them: {@code g t}. */
        public String sequence() {
            return String.join(" ", keys);
        }
    }

    public Config {
        bindings = List.copyOf(bindings);
    }

    /** These settings with another theme (the {@code --theme} option). */
    public Config withTheme(String name) {
        if (!THEMES.contains(name)) {
            throw new ConfigException("no theme '" + name + "'; themes: " + String.join(", ", THEMES));
        }
        return new Config(name, sort, filter, width, browser, bindings, source);
    }

    /** An error about line {@code line} of the file these settings came from. */
    public ConfigException error(int line, String message) {
        return new ConfigException(source + " line " + line + ": " + message);
    }
}
