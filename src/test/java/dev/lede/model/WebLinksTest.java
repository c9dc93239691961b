package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WebLinksTest {
    @Test
    void anAbsoluteHttpOrHttpsLinkIsFetchedInAnyCase() {
        assertEquals("https://example.com/a", WebLinks.fetchable("https://example.com/a"));
        assertEquals("HTTP://Example.com/a?b=1#c", WebLinks.fetchable("HTTP://Example.com/a?b=1#c"));
        assertEquals("hTTps://x", WebLinks.fetchable("hTTps://x"));
    }

    @Test
    void theBlanksAroundALinkAreStripped() {
        assertEquals("https://example.com/a", WebLinks.fetchable(" https://example.com/a"),
                "a sync server's href comes as it was written");
        assertEquals("https://example.com/a", WebLinks.fetchable("https://example.com/a\n"));
        assertEquals("https://example.com/a", WebLinks.fetchable("\t https://example.com/a \r\n"));
    }

    @Test
    void anythingElseIsNot() {
        assertNull(WebLinks.fetchable(null));
        assertNull(WebLinks.fetchable(""));
        assertNull(WebLinks.fetchable("https://"));
        assertNull(WebLinks.fetchable("/relative/path"));
        assertNull(WebLinks.fetchable("mailto:editor@example.com"));
        assertNull(WebLinks.fetchable("javascript:void(0)"));
        assertNull(WebLinks.fetchable("ftp://files.example.com/a"));
        assertNull(WebLinks.fetchable("https://example.com/a b"), "a blank inside");
        assertNull(WebLinks.fetchable("   "));
        assertNull(WebLinks.fetchable("httpſ://example.com/"), "only ASCII letters spell the scheme");
    }
}
