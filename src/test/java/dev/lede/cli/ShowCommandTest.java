package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.model.Page;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
    @TempDir
    Path dir;

    @Test
    void showPrintsTheTitleBlockThenTheBodySetAtTheWidthAsPlainText() {
        Path db = dir.resolve("lede.db");
        try (Library library = Library.open(db)) {
            String html = "<html><head><title>Lanes open</title></head><body><article><h1>Lanes open</h1>"
                    + "<p>The riverside lanes open today after two years of <a href=\"https://example.com/x\">debate</a>"
                    + " \u001b[31mand\u001b[0m work.</p><ul><li>one</li></ul></article></body></html>";
            library.save(new Page(html.getBytes(StandardCharsets.UTF_8), "https://example.com/lanes", "text/html", null), List.of());
        }
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"--db", db.toString(), "show", "1", "--width", "40"},
                new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of());
        assertEquals(0, code);
        List<String> lines = out.toString().lines().toList();
        assertEquals("Lanes open", lines.get(0));
        assertTrue(lines.get(1).startsWith("example.com · "), lines.get(1));
        assertEquals("", lines.get(2));
        assertEquals(List.of(
                "The riverside lanes open today after two",
                "years of debate[1] and work.",
                "",
                "• one",
                "",
                "Links",
                "[1] https://example.com/x"), lines.subList(3, lines.size()));
    }

    @Test
    void theReaderRefusesToStartWithoutATerminal() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", dir.resolve("lede.db").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
        assertEquals(2, code);
        assertEquals("lede: the reader needs a terminal; use 'lede list' and 'lede show ID' in scripts", err.toString().strip());
    }

    @Test
    @Timeout(60) // a hang guard: this took 19 s when a long word was broken in quadratic time
    void showsAFourHundredThousandCharacterWordBrokenIntoLinesOfTheWidth() {
        Path db = dir.resolve("lede.db");
        String word = "w".repeat(400_000);
        try (Library library = Library.open(db)) {
            String html = "<html><head><title>Long word</title></head><body><article><p>" + word
                    + "</p><p>A normal paragraph follows the very long word here.</p></article></body></html>";
            library.save(new Page(html.getBytes(StandardCharsets.UTF_8), "https://example.com/long", "text/html", null), List.of());
        }
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"--db", db.toString(), "show", "1", "--width", "40"},
                new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of());
        assertEquals(0, code);
        List<String> body = out.toString().lines().filter(l -> l.matches("w+")).toList();
        assertEquals(10_000, body.size());
        assertTrue(body.stream().allMatch(l -> l.equals("w".repeat(40))));
    }

    @Test
    void theReaderOnADumbTerminalSaysWhatToDoInstead() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", dir.resolve("lede.db").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of("TERM", "dumb"));
        assertEquals(2, code);
        assertEquals("lede: the reader needs a full-screen terminal and TERM=dumb is not one;"
                + " run it in a terminal emulator, or use 'lede list' and 'lede show ID'", err.toString().strip());
    }
}
