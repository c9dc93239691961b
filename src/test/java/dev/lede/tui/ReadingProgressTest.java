package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list shows how far a started article was read, now and after the reader opens again. */
class ReadingProgressTest {
    @TempDir
    Path dir;

    @Test
    void aStartedArticleShowsHowFarItWasReadInTheList() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            body.append("<p>Paragraph ").append(i).append(" on the harbour: the council debated the ferry fares again"
                    + " while shop owners and cyclists argued about parking for the coming year.</p>");
        }
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("long", "A long harbour story", body.toString());
            h.add("short", "A short note", "<p>Only a few words here, about the harbour and the ferries.</p>");
            h.start();
            h.press("j");
            assertTrue(h.row(3).matches(".*A long harbour story.* +\\d+m"), h.row(3));
            h.press("Enter", "Ctrl-d", "q");
            assertTrue(h.row(3).matches(".*A long harbour story.* +\\d{1,2}%"), h.row(3));
        }
        try (Harness h = new Harness(dir, 80, 24)) {
            h.start();
            assertTrue(h.row(3).matches(".*A long harbour story.* +\\d{1,2}%"), "kept in the library: " + h.row(3));
            h.press("j", "Enter", "G", "q");
            assertTrue(h.row(3).matches(".*A long harbour story.* +\\d+m"), "read to the end: " + h.row(3));
        }
    }
}
