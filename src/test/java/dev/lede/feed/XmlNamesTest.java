package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class XmlNamesTest {
    private static Element first(String xml, String tag) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        return doc.getElementsByTag(tag).first();
    }

    @Test
    void matchesTheLocalNameInAnyAsciiCase() {
        assertTrue(XmlNames.is(first("<rss><Title>t</Title></rss>", "Title"), "title"));
        assertTrue(XmlNames.is(first("<rss><TITLE>t</TITLE></rss>", "TITLE"), "title"));
        assertFalse(XmlNames.is(first("<rss><titles>t</titles></rss>", "titles"), "title"));
        assertFalse(XmlNames.is(first("<rss><titl>t</titl></rss>", "titl"), "title"));
        assertFalse(XmlNames.is(first("<rss><tItLf>t</tItLf></rss>", "tItLf"), "title"));
    }

    @Test
    void countsAnUndeclaredPrefixAndOneBoundToAKnownNamespace() {
        assertTrue(XmlNames.is(first("<rss><item><dc:creator>a</dc:creator></item></rss>", "dc:creator"), "creator"));
        assertTrue(XmlNames.is(first("<rss xmlns:DC=' HTTP://purl.org/dc/elements/1.1/ '><item><DC:Creator>a</DC:Creator>"
                + "</item></rss>", "DC:Creator"), "creator"), "case and blanks around the namespace do not matter");
        assertTrue(XmlNames.is(first("<feed><entry xmlns:a='http://www.w3.org/2005/Atom'><a:link href='x'/></entry></feed>",
                "a:link"), "link"), "declared on the element itself");
    }

    @Test
    void refusesACoreNameInAnExtensionsNamespace() {
        String xml = "<rss xmlns:ext='http://example.com/ext'><item><ext:description>no</ext:description>"
                + "<other:description xmlns:other='http://purl.org/rss/1.0/modules/content/'>yes</other:description>"
                + "</item></rss>";
        assertFalse(XmlNames.is(first(xml, "ext:description"), "description"));
        assertTrue(XmlNames.is(first(xml, "other:description"), "description"));
        assertFalse(XmlNames.is(first(xml, "ext:description"), "ext:description"), "the name is matched without prefix");
    }

    @Test
    void aPrefixIsUndeclaredWhereNoAncestorDeclaresIt() {
        assertTrue(XmlNames.is(first("<rss xmlns='http://example.com/own'><item><dc:creator>a</dc:creator></item></rss>",
                "dc:creator"), "creator"), "undeclared, under a default namespace of the feed's own");
        String xml = "<rss><item xmlns:dc='http://example.com/own'><dc:creator>no</dc:creator></item>"
                + "<item><dc:creator>yes</dc:creator></item></rss>";
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        assertFalse(XmlNames.is(doc.getElementsByTag("dc:creator").get(0), "creator"), "declared by its item");
        assertTrue(XmlNames.is(doc.getElementsByTag("dc:creator").get(1), "creator"), "the next item declares nothing");
        assertTrue(XmlNames.is(first("<rss><foo:bar xmlns='http://example.com/z'><dc:creator>a</dc:creator></foo:bar></rss>",
                "dc:creator"), "creator"), "undeclared, under a default namespace a prefixed element declares");
    }

    @Test
    void theChildWithoutAPrefixWinsOverAPrefixedOne() {
        Element item = first("<rss><item><atom:link href='a'/><link>b</link></item></rss>", "item");
        assertEquals("b", XmlNames.child(item, "link").text());
    }

    @Test
    void theFirstMatchingChildIsFoundAmongTextAndOtherElements() {
        Element item = first("<rss><item> text <x:title xmlns:x='urn:x'>no</x:title><!-- c --><dc:title>yes</dc:title>"
                + "<dc:title>later</dc:title></item></rss>", "item");
        assertEquals("yes", XmlNames.child(item, "title").text());
        assertEquals(null, XmlNames.child(item, "link"));
    }

    @Test
    void askingAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Element plain = first("<rss><item><Title>t</Title></item></rss>", "Title");
        Element prefixed = first("<rss xmlns:dc='http://purl.org/dc/elements/1.1/'><item><dc:creator>a</dc:creator></item></rss>",
                "dc:creator");
        Element foreign = first("<rss xmlns:x='urn:x'><item><x:title>a</x:title></item></rss>", "x:title");
        int found = 0;
        for (int i = 0; i < 20_000; i++) { // first calls fill the prefix table and load classes
            found += ask(plain, prefixed, foreign);
        }
        found = 0;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 20_000; i++) {
            found += ask(plain, prefixed, foreign);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(80_000, found);
        // a single object a lookup would be 80,000, over a megabyte
        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes in 80,000 lookups");
    }

    private static int ask(Element plain, Element prefixed, Element foreign) {
        return (XmlNames.is(plain, "title") ? 1 : 0) + (XmlNames.is(prefixed, "creator") ? 1 : 0)
                + (XmlNames.is(foreign, "title") ? 0 : 1) + (XmlNames.child(plain.parent(), "link") == null ? 1 : 0);
    }
}
