package dev.lede.render;

import java.util.Objects;

/** A piece of text in one style; the text is display-safe and has no line breaks. */
public record Run(String text, Style style) {
    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public static Run plain(String text) {
        return new Run(text, Style.PLAIN);
    }
}
