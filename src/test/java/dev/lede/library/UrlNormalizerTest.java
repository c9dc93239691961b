package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
    static String key(String url) {
        return UrlNormalizer.key(url).orElseThrow();
    }

    @Test
    void schemeAndHostCaseDoNotMatter() {
        assertEquals(key("https://example.com/News/A"), key("HTTPS://Example.COM/News/A"));
    }

    @Test
    void pathCaseDoesMatter() {
        assertNotEquals(key("https://example.com/a"), key("https://example.com/A"));
    }

    @Test
    void defaultPortsFragmentsAndTrailingSlashesAreDropped() {
        String expected = key("https://example.com/story");
        assertEquals(expected, key("https://example.com:443/story"));
        assertEquals(expected, key("https://example.com/story/#comments"));
        assertEquals(expected, key("https://example.com/story#top"));
        assertEquals(key("http://example.com/story"), key("http://example.com:80/story/"));
    }

    @Test
    void otherPortsAreKept() {
        assertNotEquals(key("https://example.com/a"), key("https://example.com:8443/a"));
    }

    @Test
    void trackingParametersAreDroppedAndOthersKept() {
        assertEquals(key("https://example.com/a?id=3"),
                key("https://example.com/a?utm_source=tw&id=3&utm_medium=social&fbclid=abc&gclid=x"));
        assertNotEquals(key("https://example.com/a?id=3"), key("https://example.com/a?id=4"));
    }

    @Test
    void relativeAndBrokenUrlsHaveNoKey() {
        assertTrue(UrlNormalizer.key("/just/a/path").isEmpty());
        assertTrue(UrlNormalizer.key("not a url at all").isEmpty());
        assertTrue(UrlNormalizer.key("").isEmpty());
    }

    @Test
    void hostDropsWwwAndCase() {
        assertEquals("example.com", UrlNormalizer.host("https://WWW.Example.com/a"));
        assertEquals("", UrlNormalizer.host("file:///tmp/a.html"));
    }
}
