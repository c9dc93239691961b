package dev.lede.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvExportsAreToldApartByTheirHeaderWhateverTheFileIsCalled() {
        assertEquals(ExportFormat.POCKET, ExportFormat.detect("x.txt", utf8("\uFEFFtitle,url,time_added,cursor,tags,status\r\n")));
        assertEquals(ExportFormat.INSTAPAPER, ExportFormat.detect("x", utf8("URL,Title,Selection,Folder,Timestamp\n")));
        assertEquals(ExportFormat.RAINDROP, ExportFormat.detect("x",
                utf8("id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite\n")));
        assertEquals(ExportFormat.READWISE, ExportFormat.detect("x",
                utf8("Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen\n")));
        assertNull(ExportFormat.detect("notes.dat", utf8("a,b,c\n1,2,3\n")));
    }

    @Test
    void aLargeJsonExportIsKnownFromItsStartAlone() {
        String start = "[\n  {\n    \"is_archived\": 1,\n    \"is_starred\": 0,\n    \"tags\": [],\n    \"url\": \"https://a.example/x\",\n"
                + "    \"content\": \"" + "word ".repeat(20_000);
        byte[] head = Arrays.copyOf(utf8(start), 65536);
        assertEquals(ExportFormat.WALLABAG, ExportFormat.detect("wallabag.json", head));
        assertEquals(ExportFormat.KARAKEEP, ExportFormat.detect("x.json", utf8("{\n \"bookmarks\": [ {\"createdAt\": 1")));
    }

    @Test
    void csvFieldsKeepQuotesCommasAndNewlines() {
        List<ImportedArticle> read = ExportFormat.POCKET.read(utf8("title,url,time_added,cursor,tags,status\r\n"
                + "\"Two\nlines, \"\"quoted\"\"\",https://a.example/x,1700000000,,a|b c,archive\r\n"));
        assertEquals(1, read.size());
        ImportedArticle a = read.get(0);
        assertEquals("Two\nlines, \"quoted\"", a.title());
        assertEquals(List.of("a", "b c"), a.tags());
        assertEquals(Instant.ofEpochSecond(1700000000), a.saved());
        assertEquals(true, a.read());
    }

    @Test
    void timesAreReadInTheFormsExportsWriteThem() {
        assertEquals(Instant.parse("2024-01-05T10:00:00Z"), Values.time("2024-01-05 10:00:00+00:00"));
        assertEquals(Instant.parse("2024-02-03T08:10:11Z"), Values.time("2024-02-03T09:10:11+01:00"));
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), Values.time("2024-05-01T10:00:00.000Z"));
        assertEquals(Instant.ofEpochMilli(1717170000123L), Values.time(1717170000123L));
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), Values.time("2024-05-01"));
        assertNull(Values.time("yesterday"));
    }

    @Test
    void tagListsComeInEveryShape() {
        assertEquals(List.of("a", "b"), Values.tags("['a', 'b']", ","));
        assertEquals(List.of("a", "b"), Values.tags("[\"a\",\"b\"]", ","));
        assertEquals(List.of(), Values.tags("[]", ","));
        assertEquals(List.of("x", "y"), Values.tags(List.of("x", java.util.Map.of("label", "y")), ","));
    }

    @Test
    void omnivoreHighlightsKeepTheirNotesAndDropTheLinkBack() {
        var hs = OmnivoreZip.highlights("> First quote [⤴️](https://omnivore.app/me/s#1)\n\nMy note\n\n"
                + "> Second quote\n> goes on [⤴️](https://omnivore.app/me/s#2)\n", Instant.EPOCH);
        assertEquals(2, hs.size());
        assertEquals("First quote", hs.get(0).quote());
        assertEquals("My note", hs.get(0).note());
        assertEquals("Second quote goes on", hs.get(1).quote());
        assertNull(hs.get(1).note());
    }
}
