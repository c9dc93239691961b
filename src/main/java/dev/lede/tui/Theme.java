package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lede.render.Style;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each {@link Style} looks: a foreground colour (the terminal's own when none) and
 * attributes (bold, underline, italic, reverse). Text is always drawn on the terminal's own
 * background.
 *
 * <p>The default theme must read on dark and light palettes alike, Solarized's included,
 * where "bright black" (SGR 90) is a background tone: it uses no bright colour at all, and
 * for secondary text (dates, sites, hints) the terminal's own foreground, never a grey.
 * The other themes use the tones made for their background. With {@code NO_COLOR} set, or
 * the {@code no-colour} theme, only the attributes remain.
 */
public final class Theme {
    private final String name;
    private final Map<Style, TextColor> colours;

    private Theme(String name, Map<Style, TextColor> colours) {
        this.name = name;
        this.colours = colours;
    }

    /** The theme called {@code name} (one of {@link dev.lede.config.Config#THEMES}); {@code NO_COLOR} wins. */
    public static Theme named(String name, Map<String, String> env) {
        if (env.containsKey("NO_COLOR")) {
            return new Theme("no-colour", Map.of());
        }
        Map<Style, TextColor> c = new EnumMap<>(Style.class);
        switch (name) {
            case "default" -> {
                // accents only, in the eight base colours every palette makes readable on its background
                c.put(Style.LINK, TextColor.ANSI.BLUE);
                c.put(Style.CODE, TextColor.ANSI.GREEN);
                c.put(Style.HIT, TextColor.ANSI.MAGENTA);
                c.put(Style.MARK, TextColor.ANSI.BLUE);
                c.put(Style.ERROR, TextColor.ANSI.RED);
            }
            case "dark" -> {
                // 256-colour tones for a dark background
                c.put(Style.DIM, new TextColor.Indexed(246));
                c.put(Style.LINK_NUMBER, new TextColor.Indexed(246));
                c.put(Style.LINK, new TextColor.Indexed(75));
                c.put(Style.CODE, new TextColor.Indexed(114));
                c.put(Style.HIT, new TextColor.Indexed(213));
                c.put(Style.MARK, new TextColor.Indexed(75));
                c.put(Style.ERROR, new TextColor.Indexed(203));
                c.put(Style.TITLE, new TextColor.Indexed(229));
            }
            case "light" -> {
                // 256-colour tones for a light background
                c.put(Style.DIM, new TextColor.Indexed(241));
                c.put(Style.LINK_NUMBER, new TextColor.Indexed(241));
                c.put(Style.LINK, new TextColor.Indexed(25));
                c.put(Style.CODE, new TextColor.Indexed(28));
                c.put(Style.HIT, new TextColor.Indexed(127));
                c.put(Style.MARK, new TextColor.Indexed(25));
                c.put(Style.ERROR, new TextColor.Indexed(160));
                c.put(Style.TITLE, new TextColor.Indexed(18));
            }
            case "solarized-dark", "solarized-light" -> {
                // Solarized terminals map the bright colours to its base tones: secondary
                // content is base01 (bright green) on the dark background, base1 (bright cyan) on the light
                TextColor secondary = name.equals("solarized-dark") ? TextColor.ANSI.GREEN_BRIGHT : TextColor.ANSI.CYAN_BRIGHT;
                c.put(Style.DIM, secondary);
                c.put(Style.LINK_NUMBER, secondary);
                c.put(Style.LINK, TextColor.ANSI.BLUE);
                c.put(Style.CODE, TextColor.ANSI.CYAN);
                c.put(Style.HIT, TextColor.ANSI.MAGENTA);
                c.put(Style.MARK, TextColor.ANSI.YELLOW);
                c.put(Style.ERROR, TextColor.ANSI.RED);
                c.put(Style.TITLE, TextColor.ANSI.YELLOW);
                c.put(Style.HEADING, TextColor.ANSI.BLUE);
            }
            case "no-colour" -> {
                // attributes only
            }
            default -> throw new IllegalArgumentException("no theme " + name);
        }
        return new Theme(name, c);
    }

    public String name() {
        return name;
    }

    public TextColor foreground(Style style) {
        return colours.getOrDefault(style, TextColor.ANSI.DEFAULT);
    }

    public EnumSet<SGR> attributes(Style style) {
        return switch (style) {
            case TITLE, HEADING, BOLD, MARK, ERROR -> EnumSet.of(SGR.BOLD);
            case EMPHASIS, QUOTE -> EnumSet.of(SGR.ITALIC);
            case LINK -> EnumSet.of(SGR.UNDERLINE);
            case HIT -> EnumSet.of(SGR.BOLD, SGR.UNDERLINE);
            case CURRENT_HIT -> EnumSet.of(SGR.BOLD, SGR.REVERSE);
            case HIGHLIGHT -> EnumSet.of(SGR.REVERSE);
            // a selection must not pass for a saved highlight, colours or not
            case SELECTION -> EnumSet.of(SGR.BOLD, SGR.UNDERLINE, SGR.REVERSE);
            default -> EnumSet.noneOf(SGR.class);
        };
    }
}
