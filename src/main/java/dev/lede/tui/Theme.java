package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lede.render.Style;
import java.util.EnumSet;

/**
 * How each {@link Style} looks: the terminal's own foreground and background, a few of the
 * 16 ANSI colours that read on dark and light backgrounds alike, and bold, underline and
 * italics. With {@code NO_COLOR} only the attributes remain.
 */
public final class Theme {
    private final boolean color;

    public Theme(boolean color) {
        this.color = color;
    }

    /** The theme for an environment: monochrome when {@code NO_COLOR} is set (to anything). */
    public static Theme forEnvironment(java.util.Map<String, String> env) {
        return new Theme(!env.containsKey("NO_COLOR"));
    }

    public TextColor foreground(Style style) {
        if (!color) {
            return TextColor.ANSI.DEFAULT;
        }
        return switch (style) {
            case DIM, LINK_NUMBER -> TextColor.ANSI.BLACK_BRIGHT;
            case LINK -> TextColor.ANSI.BLUE;
            case CODE -> TextColor.ANSI.GREEN;
            case HIT -> TextColor.ANSI.MAGENTA;
            case MARK -> TextColor.ANSI.BLUE;
            case ERROR -> TextColor.ANSI.RED;
            case QUOTE -> TextColor.ANSI.DEFAULT;
            default -> TextColor.ANSI.DEFAULT;
        };
    }

    public EnumSet<SGR> attributes(Style style) {
        return switch (style) {
            case TITLE, HEADING, BOLD, MARK, ERROR -> EnumSet.of(SGR.BOLD);
            case EMPHASIS, QUOTE -> EnumSet.of(SGR.ITALIC);
            case LINK -> EnumSet.of(SGR.UNDERLINE);
            case HIT -> EnumSet.of(SGR.BOLD, SGR.UNDERLINE);
            case CURRENT_HIT -> EnumSet.of(SGR.BOLD, SGR.REVERSE);
            default -> EnumSet.noneOf(SGR.class);
        };
    }
}
