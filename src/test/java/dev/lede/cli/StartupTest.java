package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        return run(Path.of(System.getProperty("java.home"), "bin", "java"), jvm, args);
    }

    /** As {@link #run(List, String...)}, on the JVM {@code java}. */
    private String[] run(Path java, List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true"));
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

    /** A library holding one imported page, "Harbour ferry returns". */
    private Path libraryWithOnePage() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, AddCommandTest.page("Harbour ferry returns", null));
        Path db = dir.resolve("lede.db");
        assertEquals(0, CliRun.lede(db, "import", page.toString()).code());
        return db;
    }

    @Test
    void listPrintsItsRowsAndNothingOnStandardError() throws Exception {
        Path db = libraryWithOnePage();
        String[] r = run(List.of(), "--db", db.toString(), "list", "-n", "5");
        assertEquals("0", r[0], r[2]);
        // SQLite's driver logs through SLF4J's no-op provider: no SLF4J notice, no log lines
        assertEquals("", r[2]);
        assertTrue(r[1].contains("Harbour ferry returns"), r[1]);
        assertTrue(r[1].matches("(?s)\\s+1 ●  \\d{4}-\\d\\d-\\d\\d  .*"), r[1]);
    }

    @Test
    void aDriverThatCannotLoadIsOneLineOfLede() throws Exception {
        Path db = libraryWithOnePage();
        // No native library where it is said to be, and no folder to unpack the jar's copy into.
        String[] r = run(List.of("-Dorg.sqlite.lib.path=" + dir.resolve("none"), "-Dorg.sqlite.lib.name=none.so",
                "-Dorg.sqlite.tmpdir=" + dir.resolve("missing/folder")), "--db", db.toString(), "list");
        assertEquals("1", r[0]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertTrue(r[2].startsWith("lede: cannot open the library " + db + ": SQLite's native library could not be loaded"), r[2]);
    }

    /**
     * bin/lede prefers a JDK 25 when one is installed, where Lede asks for other locale data
     * (see Main): what it prints must not change. Runs where such a JDK is installed.
     */
    @Test
    void aNewerJdkPrintsWhatThisOnePrints() throws Exception {
        Path newer = newerJdk(23);
        assumeTrue(newer != null, "no JDK 23 or later in /usr/lib/jvm");
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Harbour ferry returns</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T22:30:00Z\"></head><body><article>"
                + "<h1>Harbour ferry returns</h1><p>The ferry is back on the water after 1,250 days and €3.5 million"
                + " of repairs, the harbour master said on Tuesday, 5 March.</p>"
                + "<p>More details followed later in the afternoon, officials said.</p></article></body></html>");
        Path db = dir.resolve("lede.db");
        assertEquals(0, CliRun.lede(db, "import", page.toString()).code());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (String[] args : List.of(new String[] {"list"}, new String[] {"list", "--json"}, new String[] {"show", "1"},
                new String[] {"stats"}, new String[] {"export", "--format", "netscape"})) {
            List<String> command = new ArrayList<>(List.of("--db", db.toString()));
            command.addAll(List.of(args));
            String[] here = run(java, List.of(), command.toArray(String[]::new));
            String[] there = run(newer, List.of("--enable-native-access=ALL-UNNAMED"), command.toArray(String[]::new));
            assertEquals("0", here[0], here[2]);
            assertEquals(here[1], there[1], String.join(" ", args));
            assertEquals("", there[2], String.join(" ", args));
        }
    }

    /** The java of the newest JDK of at least {@code major} in /usr/lib/jvm, or null. */
    private static Path newerJdk(int major) throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        Path best = null;
        int bestMajor = 0;
        try (var homes = Files.list(jvms)) {
            for (Path home : (Iterable<Path>) homes::iterator) {
                Path release = home.resolve("release");
                Path bin = home.resolve("bin/java");
                if (!Files.isRegularFile(release) || !Files.isExecutable(bin)) {
                    continue;
                }
                var m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                int found = m.find() ? Integer.parseInt(m.group(1)) : 0;
                if (found >= major && found > bestMajor) {
                    best = bin;
                    bestMajor = found;
                }
            }
        }
        return best;
    }

    @Test
    void aQuickerLocaleProviderOnJdksWhereOneIsThereWithoutWarning() {
        assertEquals("COMPAT,CLDR", Main.localeProviders(17, null));
        assertEquals("COMPAT,CLDR", Main.localeProviders(20, null));
        assertNull(Main.localeProviders(21, null));
        assertNull(Main.localeProviders(22, null));
        assertEquals("SPI", Main.localeProviders(23, null));
        assertEquals("SPI", Main.localeProviders(25, null));
        assertNull(Main.localeProviders(17, "CLDR")); // the user's own choice stands
    }
}
