package dev.lede.render;

/**
 * Makes untrusted text (from pages, files, the network) safe to print on a terminal:
 * no control characters, escape sequences, bidi overrides or lone surrogates survive.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** One line of safe text: tabs and line breaks become spaces, other controls go. */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u001b') {
                i = skipEscape(text, i);
                continue;
            }
            if (c == '\u009b') {
                // the one-character CSI: skip its parameters too, as for ESC [
                i = skipEscape("\u001b[" + text.substring(i + 1), 0) - 2 + i + 1;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                if (Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.PRIVATE_USE) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i += 2;
                continue;
            }
            i++;
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (!unsafe(c)) {
                out.append(c);
            }
        }
        return out.toString();
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

    private static boolean unsafe(char c) {
        return Character.getType(c) == Character.FORMAT && c != '\u200d' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c' || c == '\ufeff'
                || (c >= '\ufff9' && c <= '\ufffb');
    }

    /** Skips an ESC sequence (CSI, OSC, or a two-character escape) starting at {@code i}. */
    private static int skipEscape(String text, int i) {
        int n = text.length();
        int j = i + 1;
        if (j >= n) {
            return n;
        }
        char kind = text.charAt(j);
        if (kind == '[') {
            j++;
            while (j < n && (text.charAt(j) < 0x40 || text.charAt(j) > 0x7e)) {
                j++;
            }
            return Math.min(n, j + 1);
        }
        if (kind == ']' || kind == 'P' || kind == '_' || kind == '^') {
            j++;
            while (j < n) {
                char c = text.charAt(j);
                if (c == '\u0007') {
                    return j + 1;
                }
                if (c == '\u001b' && j + 1 < n && text.charAt(j + 1) == '\\') {
                    return j + 2;
                }
                j++;
            }
            return n;
        }
        return j + 1;
    }
}
