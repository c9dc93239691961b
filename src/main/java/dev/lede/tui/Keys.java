package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Names Lanterna key strokes the way the {@link KeyMap} writes them. */
public final class Keys {
    private Keys() {
    }

    /** {@code j}, {@code G}, {@code Ctrl-d}, {@code Enter}, {@code Space}; null for keys Lede ignores. */
    public static String name(KeyStroke key) {
        KeyType type = key.getKeyType();
        switch (type) {
            case Character -> {
                char c = key.getCharacter();
                if (key.isCtrlDown()) {
                    return "Ctrl-" + Character.toLowerCase(c);
                }
                if (key.isAltDown()) {
                    return "Alt-" + c;
                }
                return c == ' ' ? "Space" : String.valueOf(c);
            }
            case Enter -> {
                return "Enter";
            }
            case Escape -> {
                return "Esc";
            }
            case Backspace -> {
                return "Backspace";
            }
            case Tab -> {
                return "Tab";
            }
            case ReverseTab -> {
                return "Shift-Tab";
            }
            case ArrowDown -> {
                return "Down";
            }
            case ArrowUp -> {
                return "Up";
            }
            case ArrowLeft -> {
                return "Left";
            }
            case ArrowRight -> {
                return "Right";
            }
            case PageDown -> {
                return "PgDn";
            }
            case PageUp -> {
                return "PgUp";
            }
            case Home -> {
                return "Home";
            }
            case End -> {
                return "End";
            }
            case Delete -> {
                return "Delete";
            }
            case MouseEvent -> {
                return null;
            }
            case EOF -> {
                return "EOF";
            }
            default -> {
                return null;
            }
        }
    }
}
