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
    void anUnknownThemeIsAUsageError() {
        CliRun run = lede(dir.resolve("lede.db"), "--theme", "neon", "keys");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("lede: no theme 'neon'; themes: default, light"), run.err());
    }
}
