package dev.lede.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, gathered in one iterative pass so scoring
 * never re-reads a subtree: total and linked text length, commas, and the "own" text that
 * an element holds as a block (text in inline children, not in nested blocks).
 */
final class TextStats {
    /** Measures of one element. Lengths count characters with whitespace runs as one. */
    static final class Counts {
        int text;
        int linkText;
        int commas;
        int ownText;
        int ownLinkText;
        int ownCommas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        int headingText;
        int embeds;
        int tables;
        int quotes;
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root, Deadline deadline) {
        TextStats stats = new TextStats();
        stats.measure(root, deadline);
        return stats;
    }

    Counts get(Element e) {
        Counts c = counts.get(e);
        return c == null ? new Counts() : c;
    }

    /** Whether {@code e} was under the root when measured. */
    boolean holds(Element e) {
        return counts.containsKey(e);
    }

    double linkDensity(Element e) {
        Counts c = get(e);
        return c.text == 0 ? 0 : (double) c.linkText / c.text;
    }

    private void measure(Element root, Deadline deadline) {
        root.traverse(new NodeVisitor() {
            private int openLinks;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    deadline.step();
                    counts.put((Element) node, new Counts());
                    if (((Element) node).normalName().equals("a")) {
                        openLinks++;
                    }
                } else if (node instanceof TextNode) {
                    addText((TextNode) node, root, openLinks > 0);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && ((Element) node).normalName().equals("a")) {
                    openLinks--;
                }
                if (node instanceof Element && node != root) {
                    Element e = (Element) node;
                    Counts c = counts.get(e);
                    switch (e.normalName()) {
                        case "p": c.paragraphs++; break;
                        case "img": c.images++; break;
                        case "li": c.listItems++; break;
                        case "input": case "textarea": case "select": case "button": c.inputs++; break;
                        case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": c.headingText = c.text; break;
                        case "iframe": case "embed": case "object": case "video": c.embeds++; break;
                        case "table": c.tables++; break;
                        case "blockquote": c.quotes++; break;
                        default: break;
                    }
                    Element parent = e.parent();
                    Counts p = parent == null ? null : counts.get(parent);
                    if (p != null) {
                        p.text += c.text;
                        p.linkText += c.linkText;
                        p.commas += c.commas;
                        p.paragraphs += c.paragraphs;
                        p.images += c.images;
                        p.listItems += c.listItems;
                        p.inputs += c.inputs;
                        p.headingText += c.headingText;
                        p.embeds += c.embeds;
                        p.tables += c.tables;
                        p.quotes += c.quotes;
                    }
                }
            }
        });
    }

    /**
     * Takes a block that is about to be removed out of its ancestors' measures, which then
     * read as if it had never been there; cheaper than measuring the tree again. (A block's
     * text is never its ancestors' own text, so only their totals change.)
     */
    void forget(Element block) {
        Counts r = counts.get(block);
        if (r == null) {
            return;
        }
        boolean inHeading = false;
        for (Element p = block.parent(); p != null; p = p.parent()) {
            Counts c = counts.get(p);
            if (c == null) {
                break;
            }
            // A heading's headingText is all its text, and so is its share in every ancestor's.
            inHeading |= p.normalName().length() == 2 && p.normalName().charAt(0) == 'h'
                    && p.normalName().charAt(1) >= '1' && p.normalName().charAt(1) <= '6';
            c.headingText -= inHeading ? r.text : r.headingText;
            c.text -= r.text;
            c.linkText -= r.linkText;
            c.commas -= r.commas;
            c.paragraphs -= r.paragraphs;
            c.images -= r.images;
            c.listItems -= r.listItems;
            c.inputs -= r.inputs;
            c.embeds -= r.embeds;
            c.tables -= r.tables;
            c.quotes -= r.quotes;
        }
    }

    /** Whitespace as a page shows it: {@link Character#isWhitespace} and no-break spaces. */
    static boolean isSpace(char ch) {
        if (ch == ' ') {
            return true;
        }
        if (ch > ' ' && ch < 0x80) {
            return false; // most characters, decided without a table lookup
        }
        return ch == '\u00A0' || Character.isWhitespace(ch);
    }

    private void addText(TextNode node, Element root, boolean linked) {
        char[] s = node.getWholeText().toCharArray(); // an array walks faster than charAt
        int length = 0;
        int commas = 0;
        boolean space = true;
        for (char ch : s) {
            if (isSpace(ch)) {
                if (!space) {
                    length++;
                }
                space = true;
            } else {
                length++;
                space = false;
                if (ch == ',' || ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') {
                    commas++;
                }
            }
        }
        if (length == 0) {
            return;
        }
        Element parent = node.parent() instanceof Element ? (Element) node.parent() : null;
        if (parent == null) {
            return;
        }
        Counts pc = counts.get(parent);
        Element block = parent;
        while (block != null && block != root && Hints.isInline(block)) {
            block = block.parent();
        }
        if (pc != null) {
            pc.text += length;
            pc.commas += commas;
            if (linked) {
                pc.linkText += length;
            }
        }
        Counts bc = block == null ? null : counts.get(block);
        if (bc != null) {
            bc.ownText += length;
            bc.ownCommas += commas;
            if (linked) {
                bc.ownLinkText += length;
            }
        }
    }
}
