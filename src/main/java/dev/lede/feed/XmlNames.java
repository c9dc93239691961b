package dev.lede.feed;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which elements of a feed are the ones Lede reads. Jsoup's XML mode keeps prefixes as they
 * are written, so names are matched by local name; a prefix counts when it is undeclared
 * (feeds often forget {@code xmlns:dc}) or bound to a namespace feeds use for that data (RSS,
 * Atom, Dublin Core, content, iTunes). An extension that reuses a core name in its own
 * namespace ({@code <ext:description>}) is not mistaken for the real one.
 */
final class XmlNames {
    private static final Set<String> KNOWN = Set.of(
            "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
            "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss",
            "http://www.w3.org/2005/atom", "http://purl.org/atom/ns#",
            "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/",
            "http://purl.org/rss/1.0/modules/content/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://www.itunes.com/dtds/podcast-1.0.dtd");

    private XmlNames() {
    }

    /** The element's name without its prefix, lower case. */
    static String local(Element e) {
        String tag = e.tagName();
        return tag.substring(tag.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code e} is a {@code name} element Lede should read (see the class comment). */
    static boolean is(Element e, String name) {
        if (!local(e).equals(name)) {
            return false;
        }
        String tag = e.tagName();
        int colon = tag.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String namespace = namespace(e, tag.substring(0, colon));
        return namespace == null || KNOWN.contains(namespace.strip().toLowerCase(Locale.ROOT));
    }

    /** The first child that {@link #is} {@code name}: an unprefixed one first, so RSS {@code link} wins over {@code atom:link}. */
    static Element child(Element parent, String name) {
        Element prefixed = null;
        for (Element e : parent.children()) {
            if (!is(e, name)) {
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

    /** The namespace {@code prefix} is bound to where {@code e} stands, or null when undeclared. */
    private static String namespace(Element e, String prefix) {
        String attribute = "xmlns:" + prefix;
        for (Element a = e; a != null; a = a.parent()) {
            if (a.hasAttr(attribute)) {
                return a.attr(attribute);
            }
        }
        return null;
    }
}
