package dev.lede.model;

/**
 * Removes from untrusted text (pages, files, the network) everything that could act on a
 * terminal rather than print: escape sequences (ESC and the one-character CSI, with their
 * parameters), other C0 and C1 controls, DEL, bidi overrides, invisible format characters,
 * private-use characters and lone surrogates. The extractor stores text cleaned this way,
 * and the renderer cleans again before anything reaches the screen.
 */
public final class ControlText {
    private ControlText() {
    }

    /**
     * The text without controls. With {@code keepLineBreaks}, {@code \n} and tabs stay (for
     * stored article text); without, every line break and tab becomes a space (one line).
     */
    public static String strip(String text, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        // Most text is clean: find the first character that may need a change, if any.
        int i = 0;
        int n = text.length();
        while (i < n && isPlain(text.charAt(i), keepLineBreaks)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = null; // made on the first change: clean text is returned as it is
        while (i < n) {
            char c = text.charAt(i);
            int next;
            String replacement;
            if (c == '\u001b' || c == '\u009b') {
                next = skipEscape(text, i);
                replacement = "";
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int type = Character.getType(Character.toCodePoint(c, text.charAt(i + 1)));
                next = i + 2;
                replacement = type == Character.FORMAT || type == Character.PRIVATE_USE ? "" : null;
            } else if (c == '\n' || c == '\t') {
                next = i + 1;
                replacement = keepLineBreaks ? null : " ";
            } else if (c == '\r' || c == '\u2028' || c == '\u2029') {
                next = i + 1;
                replacement = keepLineBreaks ? "\n" : " ";
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    next = i + 2;
                }
            } else {
                next = i + 1;
                replacement = unsafe(c) ? "" : null;
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(n);
                out.append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text, i, next);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The longest echoed value {@link #echo(String)} keeps, in characters. */
    public static final int ECHO_LENGTH = 80;

    /**
     * A value the user gave, as an error message quotes it: one line without controls, cut to
     * {@value #ECHO_LENGTH} characters with an ellipsis, so that neither an escape sequence
     * nor a 20 MB line reaches the terminal.
     */
    public static String echo(String value) {
        return echo(value, ECHO_LENGTH);
    }

    /** {@link #echo(String)} cut to {@code max} characters (never inside a surrogate pair). */
    public static String echo(String value, int max) {
        String head = value == null ? "" : value.length() > max * 4 ? value.substring(0, max * 4) : value;
        String line = strip(head, false);
        if (line.length() <= max && head.length() == (value == null ? 0 : value.length())) {
            return line;
        }
        if (line.length() <= max) {
            return line + "…";
        }
        int cut = Character.isLowSurrogate(line.charAt(max - 1)) ? max - 2 : max - 1;
        return line.substring(0, Math.max(0, cut)) + "…";
    }

    /** A character that {@link #strip} keeps as it is, whatever follows it. */
    private static boolean isPlain(char c, boolean keepLineBreaks) {
        if (c >= 0x20 && c < 0x7f) {
            return true;
        }
        if (c == '\n' || c == '\t') {
            return keepLineBreaks;
        }
        return c >= 0xa0 && c != '\u2028' && c != '\u2029' && !unsafe(c);
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
                || (Character.getType(c) == Character.FORMAT && c != '\u200d')
                || Character.getType(c) == Character.PRIVATE_USE;
    }

    /** The index after the escape sequence that starts at {@code i} (ESC or the C1 CSI). */
    private static int skipEscape(String text, int i) {
        int n = text.length();
        int j;
        char kind;
        if (text.charAt(i) == '\u009b') {
            kind = '[';
            j = i + 1;
        } else {
            if (i + 1 >= n) {
                return n;
            }
            kind = text.charAt(i + 1);
            j = i + 2;
        }
        if (kind == '[') {
            while (j < n && (text.charAt(j) < 0x40 || text.charAt(j) > 0x7e)) {
                j++;
            }
            return Math.min(n, j + 1);
        }
        if (kind == ']' || kind == 'P' || kind == '_' || kind == '^' || kind == 'X') {
            while (j < n) {
                char c = text.charAt(j);
                if (c == '\u0007' || c == '\u009c') {
                    return j + 1;
                }
                if (c == '\u001b' && j + 1 < n && text.charAt(j + 1) == '\\') {
                    return j + 2;
                }
                j++;
            }
            return n;
        }
        return j; // a two-character escape such as ESC c
    }
}
