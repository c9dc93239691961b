package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibraryTest {

    @Test
    void anAddressTypedWithoutASchemeIsTakenAsHttps() {
        assertEquals("https://example.com/story", Library.withScheme("example.com/story"));
        assertEquals("https://news.example.co.uk", Library.withScheme(" news.example.co.uk "));
        assertEquals("https://example.com:8080/a?b=c", Library.withScheme("example.com:8080/a?b=c"));
        assertEquals("https://127.0.0.1:8080/a", Library.withScheme("127.0.0.1:8080/a"));
        assertEquals("https://localhost/a", Library.withScheme("localhost/a"));
    }

    @Test
    void addressesWithASchemeOrThatAreNoHostAreLeftAsTheyAre() {
        assertEquals("http://example.com/a", Library.withScheme("http://example.com/a"));
        assertEquals("ftp://example.com/a", Library.withScheme("ftp://example.com/a"));
        assertEquals("notaurl", Library.withScheme("notaurl"));
        assertEquals("/tmp/page.html", Library.withScheme("/tmp/page.html"));
    }
}
