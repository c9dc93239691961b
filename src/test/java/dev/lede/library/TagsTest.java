package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagsTest {
    @TempDir
    Path dir;

    @Test
    void normalizesCaseHashesAndSpaces() {
        assertEquals(List.of("city", "bike-lanes"), Tags.checked(List.of("#City", " Bike  Lanes ", "city")));
    }

    @Test
    void refusesControlCharactersEmptyTagsAndOverlongOnes() {
        assertEquals(Optional.of("tag 'ab' has a control character; tags are plain text"), Tags.problem("a\u001b[2Jb"));
        assertTrue(Tags.problem("a\tb").isPresent());
        assertTrue(Tags.problem("a\u0085b").isPresent());
        assertTrue(Tags.problem("a\u202eb").isPresent());
        assertEquals(Optional.of("empty tag; give a word, e.g. city"), Tags.problem(""));
        assertEquals(Optional.of("empty tag '  #  '; give a word, e.g. city"), Tags.problem("  #  "));
        assertEquals(Optional.empty(), Tags.problem("x".repeat(Tags.MAX_LENGTH)));
        assertTrue(Tags.problem("x".repeat(Tags.MAX_LENGTH + 1)).orElseThrow().endsWith("is longer than 64 characters"));
        assertEquals(Optional.empty(), Tags.problem("東京-🚲"));
    }

    @Test
    void everyWayInToTheLibraryRefusesABadTagAndStoresNothing() {
        try (Library library = Library.open(dir.resolve("lede.db"))) {
            Page page = new Page(("<html><head><title>Lanes</title></head><body><article><h1>Lanes</h1><p>"
                    + "The riverside lanes open today after two years of debate and work.</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8), "https://example.com/lanes", "text/html", null);
            SaveOutcome saved = library.save(page, List.of("city"));
            long id = ((SaveOutcome.Saved) saved).id();
            assertThrows(Tags.InvalidTagException.class, () -> library.tag(id, List.of("ok", "bad\u0007")));
            assertThrows(Tags.InvalidTagException.class, () -> library.tag(id, List.of(" ")));
            assertThrows(Tags.InvalidTagException.class, () -> library.save(page, List.of("\u001b]0;title\u0007")));
            assertEquals(List.of("city"), library.summary(id).orElseThrow().tags());
        }
    }
}
