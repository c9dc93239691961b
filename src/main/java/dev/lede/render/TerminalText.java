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
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
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

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
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
