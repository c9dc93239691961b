package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What start-up changes must not show: the real process, its output and its error stream. */
class StartupTest {
    @TempDir
    Path dir;

    /** {@code lede ARGS} as its own process (Main, as bin/lede runs it), with {@code jvm} options. */
    private String[] run(List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.lede.cli.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "lede did not end");
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void listPrintsItsRowsAndNothingOnStandardError() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, AddCommandTest.page("Harbour ferry returns", null));
        Path db = dir.resolve("lede.db");
        assertEquals(0, CliRun.lede(db, "import", page.toString()).code());
        String[] r = run(List.of(), "--db", db.toString(), "list", "-n", "5");
        assertEquals("0", r[0], r[2]);
        // SQLite's driver logs through SLF4J's no-op provider: no SLF4J notice, no log lines
        assertEquals("", r[2]);
        assertTrue(r[1].contains("Harbour ferry returns"), r[1]);
        assertTrue(r[1].matches("(?s)\\s+1 ●  \\d{4}-\\d\\d-\\d\\d  .*"), r[1]);
    }

    @Test
    void aDriverThatCannotLoadIsOneLineOfLede() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, AddCommandTest.page("Harbour ferry returns", null));
        Path db = dir.resolve("lede.db");
        assertEquals(0, CliRun.lede(db, "import", page.toString()).code());
        // No native library where it is said to be, and no folder to unpack the jar's copy into.
        String[] r = run(List.of("-Dorg.sqlite.lib.path=" + dir.resolve("none"), "-Dorg.sqlite.lib.name=none.so",
                "-Dorg.sqlite.tmpdir=" + dir.resolve("missing/folder")), "--db", db.toString(), "list");
        assertEquals("1", r[0]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertTrue(r[2].startsWith("lede: cannot read " + db), r[2]);
    }

    @Test
    void theOlderLocaleProviderOnlyOnJdksThatHaveItWithoutWarning() {
        assertEquals("COMPAT,CLDR", Main.localeProviders(17, null));
        assertEquals("COMPAT,CLDR", Main.localeProviders(20, null));
        assertNull(Main.localeProviders(21, null));
        assertNull(Main.localeProviders(25, null));
        assertNull(Main.localeProviders(17, "CLDR")); // the user's own choice stands
    }
}
