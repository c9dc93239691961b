package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RSS and Atom as real feeds write them, beyond the fixtures of FeedParserTest; each feed is written here. */
class XmlFeedsTest {
    static ParsedFeed parse(String xml, String url) throws FeedException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), url, null);
    }

    static FeedItem only(String xml, String url) throws FeedException {
        List<FeedItem> items = parse(xml, url).items();
        assertEquals(1, items.size());
        return items.get(0);
    }

    @Test
    void anExtensionThatReusesACoreNameIsNotTakenForIt() throws Exception {
        FeedItem rss2 = only("""
                <rss version="2.0" xmlns:pod="https://pods.example/ns/"><channel><item>
                  <pod:description>the podcast module's blurb</pod:description>
                  <description>the real description</description>
                </item></channel></rss>""", null);
        assertEquals("the real description", rss2.summary());
        FeedItem rss1 = only("""
                <r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:n="http://purl.org/rss/1.0/"
                       xmlns:x="https://extension.example/">
                  <n:channel r:about="https://bakery.example/"><n:title>Bakery</n:title></n:channel>
                  <n:item r:about="https://bakery.example/rye">
                    <x:title>not this</x:title><n:title>Rye is back</n:title>
                    <x:description>nor this</x:description><n:description>Fresh on Fridays.</n:description>
                  </n:item>
                </r:RDF>""", null);
        assertEquals("Rye is back", rss1.title());
        assertEquals("https://bakery.example/rye", rss1.id(), "rdf:about under another prefix");
        assertEquals("Fresh on Fridays.", rss1.summary());
    }

    @Test
    void anUndeclaredPrefixStillCounts() throws Exception {
        FeedItem item = only("<rss><channel><item><dc:creator>Kim Park</dc:creator>"
                + "<dc:date>2025-03-04T09:30:00Z</dc:date><dc:subject>baking</dc:subject></item></channel></rss>", null);
        assertEquals("Kim Park", item.author());
        assertEquals("2025-03-04T09:30:00Z", item.published());
        assertEquals(List.of("baking"), item.categories());
    }

    @Test
    void anRss1ItemIsIdentifiedByItsRdfAbout() throws Exception {
        FeedItem item = only("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://bakery.example/"><title>Bakery</title></channel>
                  <item rdf:about="https://bakery.example/spelt"><title>Spelt</title></item>
                </rdf:RDF>""", null);
        assertEquals("https://bakery.example/spelt", item.id());
        assertEquals("https://bakery.example/spelt", item.link());
    }

    @Test
    void rssAuthorsGiveTheirNameWhateverTheOrder() throws Exception {
        for (String written : List.of("kim@bakery.example (Kim Park)", "Kim Park (kim@bakery.example)",
                "Kim Park &lt;kim@bakery.example&gt;", "Kim Park")) {
            assertEquals("Kim Park", only("<rss><channel><item><author>" + written + "</author></item></channel></rss>",
                    null).author(), written);
        }
        assertEquals("kim@bakery.example",
                only("<rss><channel><item><author>kim@bakery.example</author></item></channel></rss>", null).author());
    }

    @Test
    void relativeLinksInsideContentAreMadeAbsolute() throws Exception {
        FeedItem item = only("""
                <rss version="2.0"><channel><link>https://paper.example/</link><item>
                  <description>&lt;p&gt;&lt;a href="/city/budget"&gt;Budget&lt;/a&gt; &lt;img src="img/chart.png"&gt;&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<a href="https://other.example/x">abs</a> <a href="#notes">here</a> <a href="mailto:desk@paper.example">mail</a>]]></content:encoded>
                </item></channel></rss>""", "https://paper.example/feeds/all.xml");
        assertEquals("<p><a href=\"https://paper.example/city/budget\">Budget</a> "
                + "<img src=\"https://paper.example/feeds/img/chart.png\"></p>", item.summary());
        assertEquals("<a href=\"https://other.example/x\">abs</a> <a href=\"#notes\">here</a> "
                + "<a href=\"mailto:desk@paper.example\">mail</a>", item.content(), "nothing relative: kept as written");
    }

    @Test
    void onlyAttributesInTagsAreRewrittenAndTheRestIsKeptAsWritten() {
        String html = "<a href='a.html' title=x><IMG SRC=pic.png data-x=\"1\" src=\"/b.png\"></a>"
                + "<code>href=\"/not/a/tag\"</code> 1 &lt; 2 &amp; <b>kept</b>";
        assertEquals("<a href='https://paper.example/news/a.html' title=x><IMG SRC=https://paper.example/news/pic.png"
                + " data-x=\"1\" src=\"https://paper.example/b.png\"></a><code>href=\"/not/a/tag\"</code> 1 &lt; 2 &amp; <b>kept</b>",
                FeedText.absoluteLinks(html, "https://paper.example/news/feed"));
        assertEquals(html, FeedText.absoluteLinks(html, "file:///home/kim/feed.xml"), "no web address: nothing to resolve against");
        assertEquals("<img srcset=\"https://paper.example/a.png, https://paper.example/news/a-2x.png 2x\">"
                + "<video poster=\"https://paper.example/news/p.jpg\"></video><img srcset=\"data:image/png;base64,AAAA 1x\">",
                FeedText.absoluteLinks("<img srcset=\"/a.png, a-2x.png 2x\"><video poster=\"p.jpg\"></video>"
                        + "<img srcset=\"data:image/png;base64,AAAA 1x\">", "https://paper.example/news/feed"));
        // a comma inside an address is part of it (image services write their options so)
        assertEquals("<img srcset=\"https://paper.example/w_300,c_scale/a.jpg 300w, https://paper.example/news/b.jpg 600w\">",
                FeedText.absoluteLinks("<img srcset=\"/w_300,c_scale/a.jpg 300w,b.jpg 600w\">", "https://paper.example/news/feed"));
        assertEquals("<img srcset=\"https://cdn.example/a.png 1x, https://paper.example/b.png 2x\">",
                FeedText.absoluteLinks("<img srcset=\"https://cdn.example/a.png 1x, /b.png 2x\">", "https://paper.example/news/feed"),
                "a relative candidate after an absolute one");
    }

    @Test
    void aFeedReadFromAFileResolvesAgainstTheSiteItNames() throws Exception {
        ParsedFeed rss = parse("<rss><channel><link>https://paper.example/</link><item><link>/city/budget</link>"
                + "</item></channel></rss>", "file:///home/kim/feeds/paper.xml");
        assertEquals("https://paper.example/city/budget", rss.items().get(0).link());
        ParsedFeed atom = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><link href="https://paper.example/"/>
                  <entry><link href="city/parks"/></entry></feed>""", "file:///home/kim/feeds/paper.atom");
        assertEquals("https://paper.example/city/parks", atom.items().get(0).link());
    }

    @Test
    void atomAsOlderOrHandWrittenFeedsWriteIt() throws Exception {
        String encoded = Base64.getEncoder().encodeToString("<p>Bread &amp; butter</p>".getBytes(StandardCharsets.UTF_8));
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <entry>
                    <link rel="enclosure" type="audio/mpeg">https://bakery.example/show.mp3</link>
                    <link rel="alternate" type="text/html">https://bakery.example/bread</link>
                    <id>/posts/bread</id>
                    <author><name>Kim Park</name></author><author><name>Lee Roy</name></author>
                    <content type="text/html" mode="base64">%s</content>
                    <summary type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml"><b>Warm</b></div></summary>
                  </entry>
                </feed>""".formatted(encoded), "https://bakery.example/atom.xml");
        FeedItem item = feed.items().get(0);
        assertEquals("https://bakery.example/bread", item.link(), "a link written as text, the alternate preferred");
        assertEquals("https://bakery.example/posts/bread", item.id(), "a relative id is resolved");
        assertEquals("Kim Park, Lee Roy", item.author());
        assertEquals("<p>Bread &amp; butter</p>", item.content());
        assertFalse(item.summary().contains("xmlns"), item.summary());
        assertTrue(item.summary().contains("<b>Warm</b>"), item.summary());
    }

    @Test
    void anAtomTextTitleIsTextWhileAnHtmlTitleIsMarkup() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>1 &lt; 2 &amp;amp; 3</title>
                  <entry><title type="text">&lt;b&gt;as written&lt;/b&gt;</title></entry>
                  <entry><title type="html">&lt;b&gt;bold&lt;/b&gt; &amp;amp; done</title></entry>
                </feed>""", null);
        assertEquals("1 < 2 &amp; 3", feed.title(), "type text is the default: decoded once, by XML");
        assertEquals("<b>as written</b>", feed.items().get(0).title());
        assertEquals("bold & done", feed.items().get(1).title());
    }

    @Test
    void aFeedAfterWhatAServerPrintedFirstIsStillRead() throws Exception {
        assertEquals("Bakery", parse("Notice: undefined index in feed.php on line 3\n<?xml version=\"1.0\"?>"
                + "<rss><channel><title>Bakery</title></channel></rss>", null).title());
        assertEquals("Bakery", parse("<br />\n<b>Warning</b>: cannot modify header information<br />\n"
                + "<rss><channel><title>Bakery</title></channel></rss>", null).title());
        // Printed text that leaves a tag open puts the feed inside that tag.
        assertEquals("Bakery", parse("Warning: foo in /x.php on line <b>3</b><br>\n<?xml version=\"1.0\"?>"
                + "<rss><channel><title>Bakery</title><item><title>Rye</title></item></channel></rss>", null).title());
        assertEquals("Rye", parse("Warning: 3 < 4 and x <y\n<rss><channel><title>Bakery</title>"
                + "<item><title>Rye</title></item></channel></rss>", null).items().get(0).title());
        assertThrows(FeedException.class, () -> parse("Just some words, no feed at all.", null));
    }

    @Test
    void hostileLengthsInLinksAndAuthorsAreReadInOnePass() throws Exception {
        String spaces = " ".repeat(100_000);
        FeedItem item = only("<rss><channel><item><description>&lt;a href=" + spaces + "'x'&gt;a&lt;/a&gt; href="
                + spaces + "http://a.example/</description><author>" + "(a@b.example ".repeat(20_000)
                + "</author></item></channel></rss>", "https://paper.example/feed");
        assertTrue(item.summary().startsWith("<a href=" + spaces + "'https://paper.example/x'>"),
                item.summary().substring(0, 40));
        assertTrue(item.author().startsWith("(a@b.example (a@b.example"));
    }

    @Test
    void characterReferencesToNoCharacterBecomeTheReplacementCharacter() throws Exception {
        ParsedFeed feed = parse("<rss><channel><title>a &#55296; b &#x110000; c</title></channel></rss>", null);
        assertEquals("a \uFFFD b \uFFFD c", feed.title());
        ParsedFeed controls = parse("<rss><channel><title>Bell\u0007 and\u0000 null</title><item>"
                + "<description>&lt;p&gt;esc\u001b&lt;/p&gt;</description></item></channel></rss>", null);
        assertEquals("Bell and null", controls.title(), "control characters XML forbids are dropped");
        assertEquals("<p>esc</p>", controls.items().get(0).summary());
    }
}
