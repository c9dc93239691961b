package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
    @Test
    void encodesANonAsciiHostAndPathAsBrowsersSendThem() throws Exception {
        assertEquals(URI.create("https://xn--bcher-kva.example/K%C3%B6ln%20seite?q=%C3%A9"),
                Urls.parse("https://bücher.example/Köln seite?q=é"));
    }

    @Test
    void keepsExistingPercentEscapes() throws Exception {
        assertEquals(URI.create("http://example.com/a%20b/100%25"), Urls.parse("http://example.com/a%20b/100%"));
    }

    @Test
    void dropsTheFragment() throws Exception {
        assertEquals(URI.create("http://example.com/story?id=1"), Urls.parse("  http://example.com/story?id=1#top \n"));
    }

    @Test
    void acceptsAnUpperCaseScheme() throws Exception {
        assertEquals(URI.create("https://example.com/"), Urls.parse("HTTPS://Example.COM/"));
    }

    @Test
    void refusesAUrlWithoutAHost() {
        assertEquals("not a valid URL: http:///story",
                assertThrows(FetchException.class, () -> Urls.parse("http:///story")).getMessage());
    }

    @Test
    void showsControlCharactersInARefusedUrlAsQuestionMarks() {
        assertEquals("only http and https URLs can be saved: javascript:alert(1)?[2J",
                assertThrows(FetchException.class, () -> Urls.parse("javascript:alert(1)\u001b[2J")).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "http://h.example/a/b/c, ../d, http://h.example/a/d",
            "http://h.example/a/b, /root?x=1, http://h.example/root?x=1",
            "https://h.example/a, //cdn.example/p, https://cdn.example/p",
            "http://h.example, next, http://h.example/next",
            "http://h.example/a, https://other.example/b#frag, https://other.example/b",
            "http://h.example/a, /caf\u00e9, http://h.example/caf%C3%A9"})
    void resolvesALocationAgainstTheUrlThatSentIt(String base, String location, String expected) {
        assertEquals(URI.create(expected), Urls.resolve(URI.create(base), location));
    }

    @Test
    void refusesALocationThatIsNotAUrl() {
        assertNull(Urls.resolve(URI.create("http://h.example/"), "http://"));
    }
}
