package dev.lede.render;

import java.text.Normalizer;

/**
 * How many terminal columns text takes: CJK and emoji two, combining marks none, the rest
 * one. Text is first {@linkplain #normalize normalized} so that every terminal agrees with
 * these counts: NFC, and no emoji variation selectors, zero-width joiners or skin tones, which
 * terminals draw in different widths.
 */
public final class DisplayWidth {
    /** Shown where text was cut. */
    public static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    /** NFC, without the code points whose width terminals disagree on (U+FE0E/F, ZWJ, skin tones). */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (belowCombiningMarks(text)) {
            // Already NFC (no code point below U+0300 changes under NFC) and nothing to drop:
            // the usual title or site name, without loading the normalizer's tables.
            return text;
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (dropped(cp)) {
                if (out == null) {
                    out = new StringBuilder(nfc.length()).append(nfc, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? nfc : out.toString();
    }

    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    private static boolean dropped(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** Columns of one code point: 0, 1 or 2. */
    public static int of(int cp) {
        if (cp == 0) {
            return 0;
        }
        if (cp < 0x300) {
            return cp == 0xAD ? 0 : 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (cp >= 0x1160 && cp <= 0x11FF) || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** Columns of a whole string (assumed normalized and free of control characters). */
    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x300 || single(text, i)) {
                // A char that is a cluster of its own, the usual case, without looking for
                // marks after it (a combining mark after Latin text is a cluster of width 0
                // of its own: the same sum).
                width += of(c);
                i++;
                continue;
            }
            int end = clusterEnd(text, i);
            width += clusterWidth(text, i, end);
            i = end;
        }
        return width;
    }

    /**
     * True when the char at {@code i} is a cluster by itself: not half of a surrogate pair, and
     * followed by nothing or by a char below U+0300 (no combining mark, joiner or selector).
     */
    private static boolean single(String text, int i) {
        return !Character.isSurrogate(text.charAt(i)) && (i + 1 == text.length() || text.charAt(i + 1) < 0x300);
    }

    /**
     * End of the character cluster starting at {@code i}: a code point with the zero-width
     * code points after it, or a pair of regional indicators (a flag).
     */
    public static int clusterEnd(String text, int i) {
        int cp = text.codePointAt(i);
        int j = i + Character.charCount(cp);
        if (isRegionalIndicator(cp) && j < text.length() && isRegionalIndicator(text.codePointAt(j))) {
            return j + 2;
        }
        while (j < text.length()) {
            int next = text.codePointAt(j);
            if (of(next) != 0) {
                break;
            }
            j += Character.charCount(next);
        }
        return j;
    }

    /** Columns of the cluster {@code text[start, end)}: its first code point's width (a flag is 2). */
    public static int clusterWidth(String text, int start, int end) {
        int cp = text.codePointAt(start);
        if (isRegionalIndicator(cp)) {
            return 2;
        }
        return of(cp);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Text cut to at most {@code columns}, ending in an ellipsis when something was cut. */
    public static String cut(String text, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (of(text) <= columns) {
            return text;
        }
        return take(text, columns - 1) + ELLIPSIS;
    }

    /** The longest prefix of {@code text} that fits in {@code columns}, never splitting a cluster. */
    public static String take(String text, int columns) {
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            boolean single = single(text, i);
            int end = single ? i + 1 : clusterEnd(text, i);
            int w = single ? of(text.charAt(i)) : clusterWidth(text, i, end);
            if (width + w > columns) {
                break;
            }
            width += w;
            i = end;
        }
        return text.substring(0, i);
    }

    /** Text cut or padded with spaces to exactly {@code columns}. */
    public static String fit(String text, int columns) {
        String cut = cut(text, columns);
        return cut + " ".repeat(Math.max(0, columns - of(cut)));
    }

    /** East Asian Wide and Fullwidth characters, and emoji shown as pictures by default. */
    static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp <= 0x115F) {
            return true;
        }
        if (cp < 0x2300) {
            return false;
        }
        if (cp < 0x2E80) {
            return isWideSymbol(cp);
        }
        return (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x16FE0 && cp <= 0x16FE4) || (cp >= 0x17000 && cp <= 0x18AFF) || (cp >= 0x1B000 && cp <= 0x1B2FF)
                || cp == 0x1F004 || cp == 0x1F0CF || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A)
                || (cp >= 0x1F200 && cp <= 0x1F2FF) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6FF)
                || (cp >= 0x1F7E0 && cp <= 0x1F7EB) || (cp >= 0x1F90C && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x2FFFD) || (cp >= 0x30000 && cp <= 0x3FFFD);
    }

    /** The emoji in U+2300-U+2BFF that terminals draw two columns wide. */
    private static boolean isWideSymbol(int cp) {
        return cp == 0x231A || cp == 0x231B || cp == 0x2329 || cp == 0x232A || (cp >= 0x23E9 && cp <= 0x23EC)
                || cp == 0x23F0 || cp == 0x23F3 || cp == 0x25FD || cp == 0x25FE || cp == 0x2614 || cp == 0x2615
                || (cp >= 0x2648 && cp <= 0x2653) || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || cp == 0x26AA
                || cp == 0x26AB || cp == 0x26BD || cp == 0x26BE || cp == 0x26C4 || cp == 0x26C5 || cp == 0x26CE
                || cp == 0x26D4 || cp == 0x26EA || cp == 0x26F2 || cp == 0x26F3 || cp == 0x26F5 || cp == 0x26FA
                || cp == 0x26FD || cp == 0x2705 || cp == 0x270A || cp == 0x270B || cp == 0x2728 || cp == 0x274C
                || cp == 0x274E || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797)
                || cp == 0x27B0 || cp == 0x27BF || cp == 0x2B1B || cp == 0x2B1C || cp == 0x2B50 || cp == 0x2B55;
    }
}
