package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file as the command line sees it: lede keys shows its bindings, a bad line stops with its number. */
class ConfigCliTest {
    @TempDir
    Path dir;

    private Path config(String text) throws Exception {
        Path file = dir.resolve(".config/lede/config"); // CliRun's HOME is the library's folder
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void ledeKeysShowsTheKeysAsTheConfigBindsThem() throws Exception {
        config("bind x delete\nunbind d\n");
        CliRun keys = lede(dir.resolve("lede.db"), "keys");
        assertEquals(0, keys.code(), keys.err());
        assertTrue(keys.out().lines().anyMatch(l -> l.matches("x +delete the article")), keys.out());
        CliRun defaults = lede(dir.resolve("lede.db"), "keys", "--defaults");
        assertTrue(defaults.out().lines().anyMatch(l -> l.matches("d +delete the article")), defaults.out());
        assertTrue(lede(dir.resolve("lede.db"), "keys", "--actions").out().contains("next-article"));
    }

    @Test
    void aBadConfigLineStopsWithTheFileAndLineNumber() throws Exception {
        Path file = config("theme light\nwidht 60\n");
        CliRun keys = lede(dir.resolve("lede.db"), "keys");
        assertEquals(2, keys.code());
        assertEquals("lede: " + file + " line 2: no setting 'widht'; settings: theme, sort, filter, width, browser,"
                + " bind, unbind\n", keys.err());
    }

    @Test
    void theConfigWidthSetsLedeShowsWidthAndWidthOptionWinsOverIt() throws Exception {
        Path db = dir.resolve("lede.db");
        try (dev.lede.library.Library library = dev.lede.library.Library.open(db)) {
            String html = "<html><head><title>Lanes open</title></head><body><article><h1>Lanes open</h1><p>The riverside"
                    + " lanes open today after two years of debate, and cyclists came out early to ride them.</p></article>"
                    + "</body></html>";
            library.save(new dev.lede.model.Page(html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "https://example.com/lanes", "text/html", null), java.util.List.of());
        }
        String atDefault = lede(db, "show", "1").out();
        assertTrue(atDefault.contains("The riverside lanes open today after two years of debate, and cyclists came out\n"),
                atDefault);
        config("width 40\n");
        CliRun narrow = lede(db, "show", "1");
        assertEquals(0, narrow.code(), narrow.err());
        assertTrue(narrow.out().contains("The riverside lanes open today after two\nyears of debate, and cyclists came out\n"),
                narrow.out());
        CliRun option = lede(db, "show", "1", "--width", "60");
        assertTrue(option.out().contains("The riverside lanes open today after two years of debate,\n"), option.out());
        config("width 0\n");
        assertEquals(atDefault, lede(db, "show", "1").out());
        Path file = config("width 10\n");
        CliRun bad = lede(db, "show", "1");
        assertEquals(2, bad.code());
        assertEquals("lede: " + file + " line 1: width must be a number of columns from 20 to 1000 (0: the terminal's width)\n",
                bad.err());
    }

    @Test
    void anUnknownThemeIsAUsageError() {
        CliRun run = lede(dir.resolve("lede.db"), "--theme", "neon", "keys");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("lede: no theme 'neon'; themes: default, light"), run.err());
    }
}
