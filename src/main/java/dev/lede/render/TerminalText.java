package dev.lede.render;

import dev.lede.model.ControlText;

/**
 * Makes untrusted text (from pages, files, the network) safe to print on a terminal:
 * no control characters, escape sequences, bidi overrides or lone surrogates survive
 * (see {@link ControlText}), and ready to measure by display width.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** One line of safe text: tabs and line breaks become spaces, other controls go. */
    public static String line(String text) {
        return ControlText.strip(text, false);
    }

    /**
     * One line of text ready for display: {@linkplain #line safe}, then
     * {@linkplain DisplayWidth#normalize normalized} so display widths hold.
     */
    public static String clean(String text) {
        return DisplayWidth.normalize(line(text));
    }

    /**
     * Preformatted text (code) as safe display lines: line breaks kept, tabs expanded to the
     * next multiple of four columns.
     */
    public static java.util.List<String> lines(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            StringBuilder expanded = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\t') {
                    expanded.append(" ".repeat(4 - expanded.length() % 4));
                } else {
                    expanded.append(c);
                }
            }
            lines.add(clean(expanded.toString()));
        }
        return lines;
    }
}
