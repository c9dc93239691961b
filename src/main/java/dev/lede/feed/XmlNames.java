package dev.lede.feed;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Which elements of a feed are the ones Lede reads. Jsoup's XML mode keeps prefixes as they
 * are written, so names are matched by local name; a prefix counts when it is undeclared
 * (feeds often forget {@code xmlns:dc}) or bound to a namespace feeds use for that data (RSS,
 * Atom, Dublin Core, content, iTunes). An extension that reuses a core name in its own
 * namespace ({@code <ext:description>}) is not mistaken for the real one; a prefix bound to the
 * namespace the feed's own unprefixed elements are in names those elements, as XML says.
 */
final class XmlNames {
    /** Lower case; an array, as {@link #is} walks it without an iterator. */
    private static final String[] KNOWN = {
            "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
            "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss",
            "http://www.w3.org/2005/atom", "http://purl.org/atom/ns#",
            "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/",
            "http://purl.org/rss/1.0/modules/content/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://www.itunes.com/dtds/podcast-1.0.dtd"};

    private XmlNames() {
    }

    /** The element's name without its prefix, lower case. */
    static String local(Element e) {
        String tag = e.tagName();
        return tag.substring(tag.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code e} is a {@code name} element Lede should read (see the class comment).
     * Called for every child on every lookup, so it allocates nothing: {@code name} is lower case.
     */
    static boolean is(Element e, String name) {
        String tag = e.tagName();
        int colon = tag.indexOf(':');
        if (!sameLetters(tag, colon + 1, name)) {
            return false;
        }
        if (colon < 0) {
            return true;
        }
        // Jsoup's XML mode binds each prefix to the namespace its xmlns: declares; an undeclared
        // prefix gets the default namespace where the element stands.
        String namespace = e.tag().namespace();
        return isKnown(namespace) || namespace.equals(defaultNamespace(e));
    }

    /**
     * The namespace an element without a prefix has where {@code e} stands: the nearest
     * {@code xmlns} declared on it or an ancestor (a prefixed one may declare it too), or the
     * namespace of the nearest unprefixed ancestor, which has it; XML's own at the top.
     */
    private static String defaultNamespace(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.hasAttr("xmlns")) {
                return a.attr("xmlns");
            }
            if (a != e && a.tagName().indexOf(':') < 0) {
                return a.tag().namespace();
            }
        }
        return Parser.NamespaceXml;
    }

    /** Whether {@code text} from {@code start} to its end is {@code lower}, ignoring ASCII case. */
    private static boolean sameLetters(String text, int start, String lower) {
        if (text.length() - start != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(start + i);
            if (c != lower.charAt(i) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a namespace is one of {@link #KNOWN}, ignoring case and the blanks around it. */
    private static boolean isKnown(String namespace) {
        int start = 0;
        int end = namespace.length();
        while (start < end && Character.isWhitespace(namespace.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(namespace.charAt(end - 1))) {
            end--;
        }
        for (String known : KNOWN) {
            if (end - start == known.length() && namespace.regionMatches(true, start, known, 0, known.length())) {
                return true;
            }
        }
        return false;
    }

    /** The first child that {@link #is} {@code name}: an unprefixed one first, so RSS {@code link} wins over {@code atom:link}. */
    static Element child(Element parent, String name) {
        Element prefixed = null;
        for (int i = 0; i < parent.childNodeSize(); i++) { // by index: children() copies the list on every call
            if (!(parent.childNode(i) instanceof Element e) || !is(e, name)) {
                continue;
            }
            if (e.tagName().indexOf(':') < 0) {
                return e;
            }
            if (prefixed == null) {
                prefixed = e;
            }
        }
        return prefixed;
    }
}
