package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.fetch.BulkFetch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aPathGivenToAddSaysHowToSaveAFile(@TempDir Path dir) {
        String hint = "not a web address: /tmp/page.html; 'lede import FILE' saves a saved page";
        try (Library library = Library.open(dir.resolve("lede.db"))) {
            SaveOutcome one = library.add("/tmp/page.html", List.of());
            assertEquals(hint, ((SaveOutcome.Failed) one).reason());

            List<BulkFetch.Outcome> told = new ArrayList<>();
            List<BulkFetch.Outcome> outcomes = library.addAll(List.of("/tmp/page.html", "//example.com/story"), 2,
                    List.of(), new BulkFetch.Listener() {
                        @Override
                        public synchronized void finished(BulkFetch.Outcome outcome, BulkFetch.Progress progress) {
                            told.add(outcome);
                        }
                    });
            assertEquals(hint, outcomes.get(0).message());
            assertEquals("only http and https URLs can be saved: //example.com/story", outcomes.get(1).message(),
                    "a protocol-relative address is no file");
            assertEquals(2, told.size());
            told.forEach(o -> assertEquals(outcomes.get(o.index()).message(), o.message(), "the listener hears the same"));
        }
    }
}
