package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutodiscoveryTest {
    @Test
    void findsAlternateFeedsInPageOrderAndRelFeedAfter() {
        String html = """
                <html><head>
                <link rel="stylesheet" href="/s.css">
                <link rel="feed" href="/everything">
                <link rel="alternate" type="application/atom+xml" href="/atom.xml" title="Atom">
                <link rel="Alternate" type="application/rss+xml; charset=utf-8" href="https://cdn.example/rss">
                <link rel="alternate" type="application/feed+json" href="feed.json">
                <link rel="alternate" hreflang="fr" href="/fr/">
                </head><body><p>hi</p></body></html>""";
        assertEquals(List.of("https://site.example/atom.xml", "https://cdn.example/rss",
                        "https://site.example/blog/feed.json", "https://site.example/everything"),
                Autodiscovery.feeds(html.getBytes(StandardCharsets.UTF_8), "https://site.example/blog/"));
    }

    @Test
    void aPageWithoutFeedsGivesNone() {
        assertEquals(List.of(), Autodiscovery.feeds("<p>no feeds</p>".getBytes(StandardCharsets.UTF_8), "https://a.example/"));
    }
}
