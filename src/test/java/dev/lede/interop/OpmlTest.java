package dev.lede.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {
    @Test
    void readsFeedsWithFoldersAndCategoriesAsTags() {
        String opml = """
                <?xml version="1.0"?>
                <opml version="1.0"><head><title>Mine</title></head><body>
                  <outline text="Tech">
                    <outline text="Lobsters &amp; co" type="rss" xmlUrl="https://lobste.rs/rss" htmlUrl="https://lobste.rs/"/>
                    <outline title="Bare & broken" xmlurl="https://b.example/feed?a=1&b=2" category="/news/daily"/>
                  </outline>
                  <outline text="Top" xmlUrl="https://top.example/atom" category="a,b"/>
                  <outline text="Dup" xmlUrl="https://top.example/atom"/>
                </body></opml>""";
        List<FeedEntry> entries = Opml.read(opml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                new FeedEntry("https://lobste.rs/rss", "Lobsters & co", "https://lobste.rs/", List.of("Tech")),
                new FeedEntry("https://b.example/feed?a=1&b=2", "Bare & broken", null, List.of("Tech", "news", "daily")),
                new FeedEntry("https://top.example/atom", "Top", null, List.of("a", "b"))), entries);
    }

    @Test
    void writesOpml2ThatReadsBack() {
        List<FeedEntry> entries = List.of(
                new FeedEntry("https://a.example/feed?x=1&y=2", "A \"quoted\" <title>", "https://a.example/", List.of("news", "daily")),
                new FeedEntry("https://b.example/rss", null, null, List.of()));
        String written = Opml.write(entries, ZonedDateTime.of(2025, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC));
        assertTrue(written.contains("<opml version=\"2.0\">"), written);
        assertTrue(written.contains("category=\"news,daily\""), written);
        assertTrue(written.contains("<dateCreated>Sun, 2 Mar 2025 10:00:00 GMT</dateCreated>"), written);
        List<FeedEntry> back = Opml.read(written.getBytes(StandardCharsets.UTF_8));
        assertEquals(entries.get(0), back.get(0));
        assertEquals(new FeedEntry("https://b.example/rss", "https://b.example/rss", null, List.of()), back.get(1));
        assertTrue(Opml.looksLikeOpml(written.getBytes(StandardCharsets.UTF_8)));
        assertFalse(Opml.looksLikeOpml("<html></html>".getBytes(StandardCharsets.UTF_8)));
    }
}
