package dev.lede.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage one of rendering: reads clean article HTML (the tag set of
 * {@link dev.lede.model.ExtractedArticle}) into typed {@link Block}s and numbers its links in
 * reading order. Tolerant of anything else: unknown tags keep their text, scripts and styles
 * are dropped, and every piece of text is made display-safe.
 */
public final class HtmlBlocks {
    private static final Set<String> VOID = Set.of("img", "br", "hr", "wbr", "meta", "link", "input", "source",
            "area", "base", "col", "embed", "param", "track");
    private static final Set<String> RAW = Set.of("script", "style", "template", "noscript", "textarea", "title");
    private static final Set<String> BLOCK = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "table", "hr", "figure", "figcaption", "div", "section", "article", "main",
            "header", "footer", "aside", "nav", "dl", "dt", "dd", "details", "summary", "caption", "tr", "td", "th",
            "thead", "tbody", "tfoot", "body", "html", "address", "center");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("middot", "·"),
            Map.entry("bull", "•"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("times", "×"), Map.entry("shy", "\u00ad"), Map.entry("deg", "°"), Map.entry("euro", "€"),
            Map.entry("pound", "£"), Map.entry("eacute", "é"), Map.entry("thinsp", "\u2009"), Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"), Map.entry("zwj", "\u200d"), Map.entry("zwnj", "\u200c"));

    private final List<String> links = new ArrayList<>();
    private final Map<String, Integer> linkNumbers = new HashMap<>();

    private HtmlBlocks() {
    }

    /** Reads {@code html} into blocks and numbered links. */
    public static Document read(String html) {
        HtmlBlocks reader = new HtmlBlocks();
        List<Block> blocks = reader.blocks(parse(html == null ? "" : html));
        return new Document(blocks, reader.links);
    }

    // ---- a small tree of the HTML ----

    private static final class Node {
        final String tag;
        final Map<String, String> attrs;
        final List<Object> children = new ArrayList<>();

        Node(String tag, Map<String, String> attrs) {
            this.tag = tag;
            this.attrs = attrs;
        }

        String attr(String name) {
            String value = attrs.get(name);
            return value == null ? "" : value;
        }
    }

    /**
     * Elements nested deeper than this are read as part of their ancestor: reading blocks is
     * recursive, and 5,000 nested quotes overflowed the stack; no article nests 100 deep.
     */
    static final int MAX_DEPTH = 100;

    static Node parse(String html) {
        Node root = new Node("#root", Map.of());
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        int n = html.length();
        int i = 0;
        StringBuilder text = new StringBuilder();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<' || i + 1 >= n) {
                text.append(c);
                i++;
                continue;
            }
            char next = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                flushText(text, stack.peek());
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (next == '!' || next == '?') {
                flushText(text, stack.peek());
                int end = html.indexOf('>', i);
                i = end < 0 ? n : end + 1;
            } else if (next == '/' && i + 2 < n && Character.isLetter(html.charAt(i + 2))) {
                flushText(text, stack.peek());
                int end = html.indexOf('>', i);
                String name = tagName(html, i + 2);
                i = end < 0 ? n : end + 1;
                close(stack, name);
            } else if (Character.isLetter(next)) {
                flushText(text, stack.peek());
                i = openTag(html, i + 1, stack);
            } else {
                text.append(c);
                i++;
            }
        }
        flushText(text, stack.peek());
        return root;
    }

    private static String tagName(String html, int start) {
        int j = start;
        while (j < html.length() && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-' || html.charAt(j) == ':')) {
            j++;
        }
        return html.substring(start, j).toLowerCase(Locale.ROOT);
    }

    /** Reads a start tag beginning at {@code start} (just after '<'); returns the index after it. */
    private static int openTag(String html, int start, Deque<Node> stack) {
        int n = html.length();
        String name = tagName(html, start);
        int j = start + name.length();
        Map<String, String> attrs = new LinkedHashMap<>();
        while (j < n) {
            char c = html.charAt(j);
            if (c == '>') {
                j++;
                break;
            }
            if (Character.isWhitespace(c) || c == '/') {
                j++;
                continue;
            }
            int nameStart = j;
            while (j < n && !Character.isWhitespace(html.charAt(j)) && "=>/".indexOf(html.charAt(j)) < 0) {
                j++;
            }
            String attr = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
            while (j < n && Character.isWhitespace(html.charAt(j))) {
                j++;
            }
            String value = "";
            if (j < n && html.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(html.charAt(j))) {
                    j++;
                }
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    char quote = html.charAt(j);
                    int end = html.indexOf(quote, j + 1);
                    end = end < 0 ? n : end;
                    value = html.substring(j + 1, end);
                    j = Math.min(n, end + 1);
                } else {
                    int valueStart = j;
                    while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>') {
                        j++;
                    }
                    value = html.substring(valueStart, j);
                }
            }
            if (!attr.isEmpty()) {
                attrs.putIfAbsent(attr, decode(value));
            }
        }
        if (RAW.contains(name)) {
            int end = indexOfIgnoreCase(html, "</" + name, j);
            int close = end < 0 ? -1 : html.indexOf('>', end);
            return close < 0 ? n : close + 1;
        }
        Node node = new Node(name, attrs);
        if (BLOCK.contains(name) && "p".equals(stack.peek().tag)) {
            stack.pop();
        }
        if (name.equals("li")) {
            popTo(stack, "li", Set.of("ul", "ol"));
        } else if (name.equals("tr")) {
            popTo(stack, "tr", Set.of("table"));
        } else if (name.equals("td") || name.equals("th")) {
            popTo(stack, "td", Set.of("tr", "table"));
            popTo(stack, "th", Set.of("tr", "table"));
        }
        if (stack.size() > MAX_DEPTH) {
            return j; // too deep to be an article's structure: its content joins the element above
        }
        stack.peek().children.add(node);
        if (!VOID.contains(name)) {
            stack.push(node);
        }
        return j;
    }

    /** Closes an open {@code tag} unless one of {@code boundaries} is opened after it. */
    private static void popTo(Deque<Node> stack, String tag, Set<String> boundaries) {
        for (Node node : stack) {
            if (node.tag.equals(tag)) {
                while (stack.peek() != node) {
                    stack.pop();
                }
                stack.pop();
                return;
            }
            if (boundaries.contains(node.tag)) {
                return;
            }
        }
    }

    private static void close(Deque<Node> stack, String name) {
        for (Node node : stack) {
            if (node.tag.equals(name)) {
                while (stack.peek() != node) {
                    stack.pop();
                }
                stack.pop();
                return;
            }
        }
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static void flushText(StringBuilder text, Node parent) {
        if (text.length() > 0) {
            parent.children.add(decode(text.toString()));
            text.setLength(0);
        }
    }

    /** Decodes character references ({@code &amp;}, {@code &#8212;}, {@code &#x2014;}). */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i + 1 && semi - i <= 12) {
                String ref = s.substring(i + 1, semi);
                String value = null;
                if (ref.startsWith("#")) {
                    try {
                        int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                                ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                        value = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\ufffd";
                    } catch (NumberFormatException e) {
                        value = null;
                    }
                } else {
                    value = ENTITIES.get(ref);
                }
                if (value != null) {
                    out.append(value);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    // ---- tree to blocks ----

    private List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        List<Run> inline = new ArrayList<>();
        for (Object child : parent.children) {
            if (child instanceof String s) {
                appendText(inline, s, Style.PLAIN);
            } else {
                Node node = (Node) child;
                if (BLOCK.contains(node.tag) || node.tag.equals("img") && !parent.tag.equals("p")) {
                    flushParagraph(inline, out, Style.PLAIN);
                    out.addAll(block(node));
                } else {
                    inline(node, inline, Style.PLAIN);
                }
            }
        }
        flushParagraph(inline, out, Style.PLAIN);
        return out;
    }

    private List<Block> block(Node node) {
        String tag = node.tag;
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                List<Run> runs = trim(inlineOf(node, Style.PLAIN));
                return runs.isEmpty() ? List.of() : List.of(new Block.Heading(tag.charAt(1) - '0', runs));
            }
            case "ul", "ol" -> {
                List<List<Block>> items = new ArrayList<>();
                for (Object child : node.children) {
                    if (child instanceof Node item) {
                        List<Block> blocks = item.tag.equals("li") ? blocks(item) : block(item);
                        if (!blocks.isEmpty()) {
                            items.add(blocks);
                        }
                    } else if (!((String) child).isBlank()) {
                        List<Run> runs = new ArrayList<>();
                        appendText(runs, (String) child, Style.PLAIN);
                        items.add(List.of(new Block.Paragraph(trim(runs))));
                    }
                }
                int start = 1;
                try {
                    start = node.attrs.containsKey("start") ? Integer.parseInt(node.attr("start").strip()) : 1;
                } catch (NumberFormatException e) {
                    start = 1;
                }
                return items.isEmpty() ? List.of() : List.of(new Block.ListBlock(tag.equals("ol"), start, items));
            }
            case "blockquote" -> {
                List<Block> inner = blocks(node);
                return inner.isEmpty() ? List.of() : List.of(new Block.Quote(inner));
            }
            case "pre" -> {
                StringBuilder raw = new StringBuilder();
                rawText(node, raw);
                List<String> lines = new ArrayList<>(TerminalText.lines(raw.toString()));
                while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                    lines.remove(lines.size() - 1);
                }
                while (!lines.isEmpty() && lines.get(0).isBlank()) {
                    lines.remove(0);
                }
                return lines.isEmpty() ? List.of() : List.of(new Block.Code(lines));
            }
            case "table" -> {
                return table(node);
            }
            case "hr" -> {
                return List.of(new Block.Rule());
            }
            case "img" -> {
                return List.of(new Block.Image(TerminalText.clean(node.attr("alt")).strip()));
            }
            case "figcaption", "caption" -> {
                List<Block> out = new ArrayList<>();
                List<Run> runs = inlineOf(node, Style.DIM);
                flushParagraph(runs, out, Style.DIM);
                return out;
            }
            default -> {
                return blocks(node);
            }
        }
    }

    private List<Block> table(Node table) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        String[] caption = {null};
        collectRows(table, rows, caption);
        if (rows.isEmpty()) {
            return caption[0] == null ? List.of() : List.of(new Block.Paragraph(List.of(Run.plain(caption[0]))));
        }
        return List.of(new Block.Table(caption[0], rows));
    }

    private void collectRows(Node node, List<List<Block.Cell>> rows, String[] caption) {
        for (Object child : node.children) {
            if (!(child instanceof Node element)) {
                continue;
            }
            switch (element.tag) {
                case "caption" -> caption[0] = textOf(trim(inlineOf(element, Style.PLAIN)));
                case "tr" -> {
                    List<Block.Cell> cells = new ArrayList<>();
                    for (Object c : element.children) {
                        if (c instanceof Node cell && (cell.tag.equals("td") || cell.tag.equals("th"))) {
                            String text = textOf(trim(inlineOf(cell, Style.PLAIN)));
                            boolean header = cell.tag.equals("th");
                            cells.add(new Block.Cell(text, header));
                            int span = 1;
                            try {
                                span = cell.attrs.containsKey("colspan") ? Integer.parseInt(cell.attr("colspan").strip()) : 1;
                            } catch (NumberFormatException e) {
                                span = 1;
                            }
                            for (int k = 1; k < Math.min(span, 20); k++) {
                                cells.add(new Block.Cell("", header));
                            }
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.add(cells);
                    }
                }
                case "table" -> {
                    // a nested table: its rows join this one's
                    collectRows(element, rows, new String[1]);
                }
                default -> collectRows(element, rows, caption);
            }
        }
    }

    private static String textOf(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append(run.text().equals("\n") ? " " : run.text());
        }
        return out.toString();
    }

    private List<Run> inlineOf(Node node, Style style) {
        List<Run> runs = new ArrayList<>();
        for (Object child : node.children) {
            if (child instanceof String s) {
                appendText(runs, s, style);
            } else {
                inline((Node) child, runs, style);
            }
        }
        return runs;
    }

    private void inline(Node node, List<Run> out, Style style) {
        switch (node.tag) {
            case "br" -> out.add(new Run("\n", style));
            case "img" -> {
                String alt = TerminalText.clean(node.attr("alt")).strip();
                out.add(new Run(alt.isEmpty() ? "[image]" : "[image: " + alt + "]", Style.DIM));
            }
            case "a" -> {
                String href = TerminalText.clean(node.attr("href")).strip();
                boolean numbered = !href.isEmpty() && !href.startsWith("#") && !href.toLowerCase(Locale.ROOT).startsWith("javascript:");
                out.addAll(inlineOf(node, numbered && style == Style.PLAIN ? Style.LINK : style));
                if (numbered) {
                    Integer number = linkNumbers.get(href);
                    if (number == null) {
                        links.add(href);
                        number = links.size();
                        linkNumbers.put(href, number);
                    }
                    out.add(new Run("[" + number + "]", Style.LINK_NUMBER));
                }
            }
            case "strong", "b" -> out.addAll(inlineOf(node, style == Style.PLAIN ? Style.BOLD : style));
            case "em", "i", "cite" -> out.addAll(inlineOf(node, style == Style.PLAIN ? Style.EMPHASIS : style));
            case "code", "kbd", "samp", "tt" -> out.addAll(inlineOf(node, style == Style.DIM ? style : Style.CODE));
            default -> {
                if (node.tag.equals("p") || node.tag.equals("div") || node.tag.equals("li")) {
                    // a block inside inline content: keep it on its own line
                    out.add(new Run("\n", style));
                    out.addAll(inlineOf(node, style));
                    out.add(new Run("\n", style));
                } else {
                    out.addAll(inlineOf(node, style));
                }
            }
        }
    }

    private static void rawText(Node node, StringBuilder out) {
        for (Object child : node.children) {
            if (child instanceof String s) {
                out.append(s);
            } else if (((Node) child).tag.equals("br")) {
                out.append('\n');
            } else {
                rawText((Node) child, out);
            }
        }
    }

    /** Appends text with white space collapsed and controls removed. */
    private static void appendText(List<Run> out, String raw, Style style) {
        String text = TerminalText.clean(raw).replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith(" ") && endsWithSpace(out)) {
            text = text.substring(1);
            if (text.isEmpty()) {
                return;
            }
        }
        out.add(new Run(text, style));
    }

    private static boolean endsWithSpace(List<Run> runs) {
        if (runs.isEmpty()) {
            return true;
        }
        String last = runs.get(runs.size() - 1).text();
        return last.isEmpty() || last.endsWith(" ") || last.equals("\n");
    }

    private static void flushParagraph(List<Run> inline, List<Block> out, Style style) {
        List<Run> runs = trim(inline);
        inline.clear();
        if (!runs.isEmpty()) {
            out.add(new Block.Paragraph(runs));
        }
    }

    /** Runs without white space and line breaks at either end; empty when there is no text. */
    private static List<Run> trim(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            if (run.text().isEmpty()) {
                continue;
            }
            if (run.text().equals("\n")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).text().equals("\n")) {
                    Run before = out.remove(out.size() - 1);
                    String stripped = before.text().stripTrailing();
                    if (!stripped.isEmpty()) {
                        out.add(new Run(stripped, before.style()));
                    }
                    out.add(run);
                }
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).text().equals("\n") && run.text().startsWith(" ")) {
                run = new Run(run.text().stripLeading(), run.style());
                if (run.text().isEmpty()) {
                    continue;
                }
            }
            out.add(run);
        }
        while (!out.isEmpty()) {
            Run first = out.get(0);
            String stripped = first.text().equals("\n") ? "" : first.text().stripLeading();
            if (stripped.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Run(stripped, first.style()));
                break;
            }
        }
        while (!out.isEmpty()) {
            Run last = out.get(out.size() - 1);
            String stripped = last.text().equals("\n") ? "" : last.text().stripTrailing();
            if (stripped.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Run(stripped, last.style()));
                break;
            }
        }
        return out;
    }
}
