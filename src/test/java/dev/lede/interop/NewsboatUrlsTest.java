package dev.lede.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsboatUrlsTest {
    static final String URLS = """
            # my feeds
            https://lobste.rs/rss tech "~Lobsters"

            https://news.example/feed.xml news "long reads" ! # comment
            "query:Unread:unread = \\"yes\\""
            exec:~/bin/feed.sh
            http://plain.example/rss
            """;

    @Test
    void readsUrlsTagsAndCustomTitles() {
        List<FeedEntry> entries = NewsboatUrls.read(URLS.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                new FeedEntry("https://lobste.rs/rss", "Lobsters", null, List.of("tech")),
                new FeedEntry("https://news.example/feed.xml", null, null, List.of("news", "long reads")),
                new FeedEntry("http://plain.example/rss", null, null, List.of())), entries);
    }

    @Test
    void recognisesAUrlsFileButNotOtherText() {
        assertTrue(NewsboatUrls.looksLikeUrls(URLS.getBytes(StandardCharsets.UTF_8)));
        assertFalse(NewsboatUrls.looksLikeUrls("Title\n\nSome article text.".getBytes(StandardCharsets.UTF_8)));
        assertFalse(NewsboatUrls.looksLikeUrls("# only a comment\n".getBytes(StandardCharsets.UTF_8)));
    }
}
