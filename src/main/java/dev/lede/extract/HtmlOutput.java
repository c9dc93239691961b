package dev.lede.extract;

import dev.lede.model.ControlText;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Writes the cleaned article as HTML in the tag set of {@link dev.lede.model.ExtractedArticle}
 * (other tags unwrapped, loose text wrapped in paragraphs, absolute link and image URLs) and,
 * in the same walk, as plain text with blank lines between blocks and one line per list item.
 */
final class HtmlOutput {
    /** Tags kept in the output. */
    static final Set<String> KEPT = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "code", "table",
            "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "img", "a", "em",
            "strong", "i", "b", "br", "hr", "sup", "sub");
    /** Kept tags that hold running text, so loose text inside them needs no paragraph. */
    private static final Set<String> TEXT_HOLDERS = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "code", "caption", "th", "td", "figcaption",
            "a", "em", "strong", "i", "b", "sup", "sub");
    private static final Set<String> VOID = Set.of("img", "br", "hr");
    /** Kept tags that only fit inside a table. */
    private static final Set<String> TABLE_PARTS = Set.of("tr", "td", "th", "thead", "tbody", "tfoot", "caption");
    /** Kept tags whose children can only be table parts. */
    private static final Set<String> TABLE_STRUCTURE = Set.of("table", "thead", "tbody", "tfoot", "tr");
    /** Kept blocks whose start closes an open paragraph in a browser (HTML's tree construction rules). */
    private static final Set<String> CLOSES_PARAGRAPH = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "table", "figure",
            "figcaption", "hr");

    private final StringBuilder html = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    /** The text node at hand with its whitespace collapsed; reused, as a string per node cost more. */
    private char[] collapsed = new char[256];
    /** Tags currently open in the output, innermost last. */
    private final ArrayDeque<String> open = new ArrayDeque<>();
    /**
     * The source element of each entry of {@link #open} ({@link #AUTO} for an automatic paragraph), so
     * that an element's end closes exactly what its start opened, and whatever is still open
     * inside it: the output nests as the source does and is always balanced.
     */
    private final ArrayDeque<Element> openSources = new ArrayDeque<>();
    /** Stands for the source of a paragraph the output opened itself around loose text. */
    private static final Element AUTO = new Element("p");
    /** Stands for the source of a table body, row or cell the output opened itself (see {@link #openCellIfInRows}). */
    private static final Element SYNTHETIC = new Element("td");
    private boolean autoParagraph;
    private int preDepth;
    /** Line breaks owed before the next text: 0 none, 1 new line, 2 blank line. */
    private int pendingBreak;
    private boolean pendingTab;
    private boolean spaceOwed;
    private boolean lastWasBr;
    /** Inside a figure caption: written to the HTML, left out of the text (it describes an image the text lacks). */
    private int captionDepth;

    /** The HTML and text of one article body. */
    record Result(String html, String text) {
    }

    private HtmlOutput() {
    }

    static Result render(Element root, Deadline deadline) {
        HtmlOutput out = new HtmlOutput();
        out.walk(root, deadline);
        while (!out.open.isEmpty()) {
            out.closeInnermost();
        }
        return new Result(out.html.toString().strip(), out.text.toString().strip());
    }

    private void walk(Element root, Deadline deadline) {
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deadline.step();
                if (node instanceof TextNode) {
                    text(((TextNode) node).getWholeText());
                } else if (node instanceof Element && node != root) {
                    start((Element) node);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && node != root) {
                    end((Element) node);
                }
            }
        });
    }

    /** Whether text may go right here: inside a text holder, and not straight into a table's rows. */
    private boolean inTextHolder() {
        for (Iterator<String> it = open.descendingIterator(); it.hasNext();) {
            String tag = it.next();
            if (TABLE_STRUCTURE.contains(tag)) {
                return false;
            }
            if (TEXT_HOLDERS.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private void start(Element e) {
        String tag = e.normalName();
        boolean inline = Hints.isInline(e);
        if (KEPT.contains(tag) && TABLE_PARTS.contains(tag)) {
            // A row or cell after loose content: the cells opened for that content end here.
            while (openSources.peekLast() == SYNTHETIC && !fitsHere(tag)) {
                closeInnermost();
            }
            if (!fitsHere(tag)) {
                openRowFor(tag);
            }
        }
        if (!KEPT.contains(tag) || !fitsHere(tag)) {
            if (!inline) {
                blockBoundary(2);
            }
            return;
        }
        if (tag.equals("br") && lastWasBr && autoParagraph) {
            // Two line breaks in a row separate paragraphs in old-style markup.
            if (html.length() >= 4 && html.substring(html.length() - 4).equals("<br>")) {
                html.setLength(html.length() - 4);
            }
            closeAutoParagraph();
            lastWasBr = false;
            return;
        }
        if (inline) {
            if (!inTextHolder() && !autoParagraph) {
                if (tag.equals("br")) {
                    pendingBreak = Math.max(pendingBreak, 1);
                    return;
                }
                if (!tag.equals("img") || !"figure".equals(open.peekLast())) {
                    openAutoParagraph();
                }
            }
        } else {
            int lines = linesAround(tag);
            if ((tag.equals("ul") || tag.equals("ol")) && open.contains("li")) {
                lines = 1;
            }
            blockBoundary(lines);
            if (!TABLE_PARTS.contains(tag)) {
                openCellIfInRows();
            }
        }
        switch (tag) {
            case "br":
                html.append("<br>");
                pendingBreak = Math.max(pendingBreak, 1);
                lastWasBr = true;
                return;
            case "hr":
                html.append("<hr>");
                return;
            case "img":
                String src = imageSource(e);
                if (src.isEmpty()) {
                    return;
                }
                html.append("<img src=\"").append(escape(src, true)).append('"');
                if (!e.attr("alt").isEmpty()) {
                    html.append(" alt=\"").append(escape(e.attr("alt"), true)).append('"');
                }
                html.append('>');
                return;
            case "a":
                String href = e.absUrl("href");
                if (href.isEmpty() || href.regionMatches(true, 0, "javascript:", 0, 11)) {
                    html.append("<a>");
                } else {
                    html.append("<a href=\"").append(escape(href, true)).append("\">");
                }
                break;
            case "td":
            case "th":
                if (e.elementSiblingIndex() > 0) {
                    pendingTab = true;
                }
                html.append('<').append(tag);
                for (String attr : new String[] {"colspan", "rowspan"}) {
                    String v = e.attr(attr).strip();
                    if (!v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() < 4) {
                        html.append(' ').append(attr).append("=\"").append(v).append('"');
                    }
                }
                html.append('>');
                break;
            case "pre":
                preDepth++;
                html.append("<pre>");
                break;
            case "figcaption":
                captionDepth++;
                html.append("<figcaption>");
                break;
            default:
                html.append('<').append(tag).append('>');
        }
        open.addLast(tag);
        openSources.addLast(e);
    }

    /**
     * Whether an element may open here as a browser would build it. A table part or list item
     * only right inside its table, row or list (the element that held it may have been dropped
     * or be outside the article); a block that would close an open paragraph, a heading right
     * inside a heading, or a link inside a link, not at all. Elsewhere it is written as a plain block.
     */
    private boolean fitsHere(String tag) {
        String parent = open.peekLast();
        if (CLOSES_PARAGRAPH.contains(tag) && paragraphInScope()
                || tag.equals("a") && linkOpen()
                || tag.length() == 2 && tag.charAt(0) == 'h' && parent != null && parent.length() == 2
                        && parent.charAt(0) == 'h' && Character.isDigit(parent.charAt(1)) && Character.isDigit(tag.charAt(1))) {
            return false;
        }
        switch (tag) {
            case "tr":
                return "tbody".equals(parent) || "thead".equals(parent) || "tfoot".equals(parent);
            case "td": case "th":
                return "tr".equals(parent);
            case "thead": case "tbody": case "tfoot": case "caption":
                return "table".equals(parent);
            case "li":
                return "ul".equals(parent) || "ol".equals(parent);
            default:
                return true;
        }
    }

    /**
     * True when a paragraph of the source is open and a block start would close it (no cell or
     * table in between). An automatic paragraph does not count: the block closes it first.
     */
    private boolean paragraphInScope() {
        Iterator<Element> sources = openSources.descendingIterator();
        for (Iterator<String> it = open.descendingIterator(); it.hasNext();) {
            String tag = it.next();
            if (sources.next() == AUTO) {
                return false;
            }
            if (tag.equals("p")) {
                return true;
            }
            if (tag.equals("td") || tag.equals("th") || tag.equals("caption") || tag.equals("table")) {
                return false;
            }
        }
        return false;
    }

    /** True when a link is open outside any cell: a link inside it would make a browser split the outer one. */
    private boolean linkOpen() {
        for (Iterator<String> it = open.descendingIterator(); it.hasNext();) {
            String tag = it.next();
            if (tag.equals("a")) {
                return true;
            }
            if (tag.equals("td") || tag.equals("th") || tag.equals("caption")) {
                return false;
            }
        }
        return false;
    }

    /** Opens the body and row a row or cell needs when it comes straight inside a table (or body). */
    private void openRowFor(String tag) {
        String parent = open.peekLast();
        if (parent == null || !TABLE_STRUCTURE.contains(parent) || !(tag.equals("tr") || tag.equals("td") || tag.equals("th"))) {
            return;
        }
        if (parent.equals("table")) {
            openSynthetic("tbody");
        }
        if (!tag.equals("tr") && !"tr".equals(open.peekLast())) {
            openSynthetic("tr");
        }
    }

    /**
     * Content other than rows met straight inside a table's rows (where a browser would move
     * it out in front of the table) gets a cell of its own, so it stays where it was.
     */
    private void openCellIfInRows() {
        String parent = open.peekLast();
        if (parent == null || !TABLE_STRUCTURE.contains(parent)) {
            return;
        }
        openRowFor("td");
        openSynthetic("td");
    }

    private void openSynthetic(String tag) {
        html.append('<').append(tag).append('>');
        open.addLast(tag);
        openSources.addLast(SYNTHETIC);
    }

    private void end(Element e) {
        String tag = e.normalName();
        boolean opened = !VOID.contains(tag) && isOpen(e);
        if (!opened) {
            if (!Hints.isInline(e)) {
                blockBoundary(2);
            }
            return;
        }
        // Whatever is still open inside the element (an automatic paragraph, say) closes with it.
        while (openSources.peekLast() != e) {
            closeInnermost();
        }
        closeInnermost();
        if (!Hints.isInline(e)) {
            pendingBreak = Math.max(pendingBreak, linesAround(tag));
            spaceOwed = false;
        }
    }

    /** Whether {@code e}'s start opened an element that is still open (a block boundary may have closed it). */
    private boolean isOpen(Element e) {
        for (Iterator<Element> it = openSources.descendingIterator(); it.hasNext();) {
            if (it.next() == e) {
                return true;
            }
        }
        return false;
    }

    /** Writes the end tag of the innermost open element. */
    private void closeInnermost() {
        String tag = open.removeLast();
        Element source = openSources.removeLast();
        html.append("</").append(tag).append('>');
        if (tag.equals("pre")) {
            preDepth--;
        } else if (tag.equals("figcaption")) {
            captionDepth--;
        }
        if (source == AUTO) {
            autoParagraph = false;
        }
    }

    /** The image's address, preferring the lazy-loading attributes over a placeholder {@code src}. */
    static String imageSource(Element img) {
        String src = img.attr("src");
        if (src.isEmpty() || src.startsWith("data:")) {
            for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "data-url"}) {
                if (!img.attr(attr).isEmpty()) {
                    return img.absUrl(attr);
                }
            }
            return src.startsWith("data:") ? "" : src;
        }
        return img.absUrl("src");
    }

    /** Line breaks a block asks for in the text: a blank line, one line (items, rows) or none (cells). */
    private static int linesAround(String tag) {
        switch (tag) {
            case "li": case "tr": case "caption":
                return 1;
            case "td": case "th": case "thead": case "tbody": case "tfoot":
                return 0;
            default:
                return 2;
        }
    }

    /** Closes any automatic paragraph and asks for a line break before the next text. */
    private void blockBoundary(int lines) {
        closeAutoParagraph();
        pendingBreak = Math.max(pendingBreak, lines);
        spaceOwed = false;
    }

    private void openAutoParagraph() {
        openCellIfInRows();
        html.append("<p>");
        open.addLast("p");
        openSources.addLast(AUTO);
        autoParagraph = true;
        pendingBreak = Math.max(pendingBreak, 2);
    }

    private void closeAutoParagraph() {
        if (!autoParagraph) {
            return;
        }
        // Inline elements left open inside the paragraph are closed with it.
        while (!open.isEmpty()) {
            boolean paragraph = openSources.peekLast() == AUTO;
            closeInnermost();
            if (paragraph) {
                break;
            }
        }
        autoParagraph = false;
        pendingBreak = Math.max(pendingBreak, 2);
    }

    private void text(String raw) {
        String s = sanitize(raw);
        if (captionDepth > 0) {
            if (!s.isBlank()) {
                int length = collapse(s); // first: it may replace the buffer
                appendEscaped(html, collapsed, length, false);
                html.append(' ');
            }
            return;
        }
        if (preDepth > 0) {
            flushBreaks();
            html.append(escape(s, false));
            text.append(s);
            return;
        }
        if (s.isBlank()) {
            if (!s.isEmpty() && text.length() > 0 && !spaceOwed) {
                spaceOwed = true;
                if (autoParagraph || inTextHolder()) {
                    html.append(' ');
                }
            }
            return;
        }
        if (!inTextHolder() && !autoParagraph) {
            openAutoParagraph();
        }
        lastWasBr = false;
        int length = collapse(s);
        boolean leadingSpace = TextStats.isSpace(s.charAt(0));
        boolean trailingSpace = TextStats.isSpace(s.charAt(s.length() - 1));
        if ((leadingSpace || spaceOwed) && pendingBreak == 0 && !pendingTab && text.length() > 0) {
            text.append(' ');
        }
        if (leadingSpace && !spaceOwed) {
            html.append(' ');
        }
        flushBreaks();
        // One string for both outputs: appending chars to a builder of Latin-1 text narrows
        // them one by one, appending a string copies its bytes.
        String words = new String(collapsed, 0, length);
        if (needsEscape(collapsed, length)) {
            appendEscaped(html, collapsed, length, false);
        } else {
            html.append(words);
        }
        text.append(words);
        spaceOwed = trailingSpace;
        if (trailingSpace) {
            html.append(' ');
        }
    }

    private void flushBreaks() {
        if (text.length() > 0) {
            if (pendingBreak > 0) {
                trimTrailingSpace();
                text.append(pendingBreak >= 2 ? "\n\n" : "\n");
            } else if (pendingTab) {
                text.append('\t');
            }
        }
        pendingBreak = 0;
        pendingTab = false;
    }

    private void trimTrailingSpace() {
        int n = text.length();
        while (n > 0 && text.charAt(n - 1) == ' ') {
            n--;
        }
        text.setLength(n);
    }

    /** Puts {@code s} into {@link #collapsed} with whitespace runs as one space, none at the ends; gives its length. */
    private int collapse(String s) {
        if (collapsed.length < s.length()) {
            collapsed = new char[Math.max(s.length(), collapsed.length * 2)];
        }
        char[] cs = collapsed;
        s.getChars(0, s.length(), cs, 0);
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = cs[i];
            if (TextStats.isSpace(ch)) {
                space = n > 0;
            } else {
                if (space) {
                    cs[n++] = ' ';
                    space = false;
                }
                cs[n++] = ch; // n <= i: the write never overtakes the read
            }
        }
        return n;
    }

    /** Drops escape sequences and control characters that could garble a terminal. */
    static String sanitize(String s) {
        return ControlText.strip(s, true);
    }

    static String escape(String s, boolean attribute) {
        char[] in = s.toCharArray();
        int first = 0;
        while (first < in.length && !needsEscape(in[first])) {
            first++;
        }
        if (first == in.length) {
            return s; // most text has nothing to escape
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        appendEscaped(out, in, in.length, attribute);
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, char[] in, int length, boolean attribute) {
        int start = 0; // plain runs are appended whole
        for (int i = 0; i < length; i++) {
            char ch = in[i];
            if (!needsEscape(ch)) {
                continue;
            }
            out.append(in, start, i - start);
            start = i + 1;
            switch (ch) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append(attribute ? "&quot;" : "\""); break;
                default: out.append("&nbsp;"); break; // U+00A0
            }
        }
        out.append(in, start, length - start);
    }

    private static boolean needsEscape(char[] cs, int length) {
        for (int i = 0; i < length; i++) {
            if (needsEscape(cs[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsEscape(char ch) {
        return ch == '&' || ch == '<' || ch == '>' || ch == '"' || ch == '\u00A0';
    }
}
