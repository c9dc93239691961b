package dev.lede.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of laid-out lines as one searchable text, each character knowing the line and
 * column it came from: what highlights are found in and selected from. One space stands for
 * any run of blanks and for each line break. Line furniture before a line's first word
 * (indentation, quote bars, bullets) and link numbers ({@code [3]}) are not part of it, so
 * the text reads as the article's own words.
 */
public final class LineText {
    /** Where a list item starts: its bullet, or its number (an entry of the link list too). */
    private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:[•◦▪]\\s|\\d+\\.\\s|\\[\\d+\\]\\s)");

    private final String text;
    private final int[] lineOf;
    private final int[] columnOf;
    private final List<Integer> paragraphStarts;

    private LineText(String text, int[] lineOf, int[] columnOf, List<Integer> paragraphStarts) {
        this.text = text;
        this.lineOf = lineOf;
        this.columnOf = columnOf;
        this.paragraphStarts = paragraphStarts;
    }

    /** A passage of the text: characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Span(int start, int end) {
        public boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    /** The searchable text of {@code lines}. */
    public static LineText of(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        // each character's line and column; -1 as a column for the space standing for a line break
        int[] lineOf = new int[64];
        int[] columnOf = new int[64];
        List<Integer> paragraphStarts = new ArrayList<>();
        int lastLine = -2;
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            String s = line.text();
            int start = 0;
            while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start))
                    && "\"'“‘(¿¡*_".indexOf(s.charAt(start)) < 0) {
                start++;
            }
            int lengthBefore = text.length();
            boolean newParagraph = li > lastLine + 1 || ITEM_START.matcher(s).find();
            int col = 0;
            for (Run run : line.runs()) {
                String t = run.text();
                if (run.style() == Style.LINK_NUMBER) {
                    col += t.length();
                    continue;
                }
                for (int k = 0; k < t.length(); k++, col++) {
                    if (col < start) {
                        continue;
                    }
                    char c = t.charAt(k);
                    if (Character.isWhitespace(c)) {
                        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                            text.append(' ');
                            lineOf = put(lineOf, text.length() - 1, li);
                            columnOf = put(columnOf, text.length() - 1, col);
                        }
                    } else {
                        if (text.length() == lengthBefore && newParagraph) {
                            paragraphStarts.add(text.length());
                        }
                        text.append(c);
                        lineOf = put(lineOf, text.length() - 1, li);
                        columnOf = put(columnOf, text.length() - 1, col);
                    }
                }
            }
            if (text.length() > lengthBefore && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
                lineOf = put(lineOf, text.length() - 1, li);
                columnOf = put(columnOf, text.length() - 1, -1);
            }
            if (text.length() > lengthBefore) {
                lastLine = li;
            }
        }
        return new LineText(text.toString(), lineOf, columnOf, paragraphStarts);
    }

    private static int[] put(int[] array, int index, int value) {
        int[] out = index < array.length ? array : java.util.Arrays.copyOf(array, array.length * 2);
        out[index] = value;
        return out;
    }

    /** The text: words with single spaces between them. */
    public String text() {
        return text;
    }

    /** The line character {@code i} came from. */
    public int line(int i) {
        return lineOf[i];
    }

    /** The column (a char index in its line's text) character {@code i} came from; -1 for a line break. */
    public int column(int i) {
        return columnOf[i];
    }

    /**
     * Where {@code quote} first occurs (its spaces matched loosely), or null when the text
     * does not hold it.
     */
    public Span find(String quote) {
        String q = quote.strip().replaceAll("\\s+", " ");
        int at = q.isEmpty() ? -1 : text.indexOf(q);
        return at < 0 ? null : new Span(at, at + q.length());
    }

    /**
     * The sentences, in reading order, blanks around them left out. A paragraph (text between
     * blank lines) or a list item never runs on into the next, even without a full stop.
     */
    public List<Span> sentences() {
        List<Span> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        for (int p = 0; p < paragraphStarts.size(); p++) {
            int from = paragraphStarts.get(p);
            int to = p + 1 < paragraphStarts.size() ? paragraphStarts.get(p + 1) : text.length();
            String paragraph = text.substring(from, to);
            breaks.setText(paragraph);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                int s = start;
                int e = end;
                while (s < e && paragraph.charAt(s) == ' ') {
                    s++;
                }
                while (e > s && paragraph.charAt(e - 1) == ' ') {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(from + s, from + e));
                }
            }
        }
        return out;
    }
}
