package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON Feed as generators write it, beyond the fixture of FeedParserTest; each feed is written here. */
class JsonFeedsTest {
    static ParsedFeed parse(String json, String url) throws FeedException {
        return FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), url, null);
    }

    @Test
    void aFeedWithoutItsVersionIsStillRead() throws Exception {
        ParsedFeed feed = parse("{\"title\": \" Garden notes \", \"items\": [{\"id\": 7, \"url\": \"/notes/7\"}]}",
                "https://garden.example/feed.json");
        assertEquals("Garden notes", feed.title());
        assertEquals("7", feed.items().get(0).id());
        assertEquals("https://garden.example/notes/7", feed.items().get(0).link());
    }

    @Test
    void otherJsonIsNotAFeed() {
        assertThrows(FeedException.class, () -> parse("{\"data\": [1, 2, 3]}", null));
        assertThrows(FeedException.class, () -> parse("{\"version\": \"2.0\", \"items\": []}", null));
    }

    @Test
    void titlesAreTextWhoseCharacterReferencesAreDecoded() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "Tips <b>and</b> tricks",
                 "items": [{"id": "1", "title": "  Don&#8217;t   prune &amp; water  "}]}""", null);
        assertEquals("Tips <b>and</b> tricks", feed.title(), "markup in a JSON title is text");
        assertEquals("Don\u2019t prune & water", feed.items().get(0).title());
    }

    @Test
    void relativeLinksInHtmlContentAreResolvedAndTextIsLeftAlone() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1", "feed_url": "https://garden.example/feed.json",
                 "items": [{"id": "1", "content_html": "<img src=\\"/img/rose.jpg\\">"},
                           {"id": "2", "content_text": "see href=\\"/x\\" < here"}]}""", "file:///home/kim/garden.json");
        assertEquals("<img src=\"https://garden.example/img/rose.jpg\">", feed.items().get(0).content(),
                "read from a file: resolved against the feed_url the feed gives");
        assertEquals("see href=\"/x\" < here", feed.items().get(1).content());
    }
}
