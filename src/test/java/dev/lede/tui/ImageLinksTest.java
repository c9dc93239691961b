package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.render.Block;
import dev.lede.render.HtmlBlocks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are numbered with the links, so that o opens them. */
class ImageLinksTest {
    @TempDir
    Path dir;

    @Test
    void anImageWithAWebAddressIsNumberedInTheLinkList() {
        var doc = HtmlBlocks.read("<p>See <a href=\"https://e.com/a\">this</a>.</p>"
                + "<figure><img src=\"https://e.com/map.png\" alt=\"A map\"></figure><p><img src=\"/local.png\" alt=\"x\"></p>");
        assertEquals(List.of("https://e.com/a", "https://e.com/map.png"), doc.links());
        assertEquals(new Block.Image("A map", 2), doc.blocks().get(1));
    }

    @Test
    void oWithTheImagesNumberOpensIt() {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("map", "The new ferry map", "<p>The operator published a new map of the harbour routes for the spring"
                    + " timetable, with more boats on the busiest lines.</p>"
                    + "<figure><img src=\"https://news.example.com/map.png\" alt=\"Ferry routes\"></figure>"
                    + "<p>The changes start in April, the operator said, and fares rise at the same time.</p>");
            h.start().press("Enter");
            assertTrue(h.text().contains("[image: Ferry routes][1]"), h.text());
            h.press("1", "o");
            assertEquals(List.of("https://news.example.com/map.png"), h.opened);
        }
    }
}
