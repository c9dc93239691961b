package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk stops an import at the first failed write with one message, and what was saved
 * before stays readable. Needs a small real file system: runs where it may mount a 3 MB tmpfs
 * (as root), and is skipped elsewhere.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsTheImportWithOneMessageAndKeepsWhatWasSaved() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString()) == 0,
                "mounting a small tmpfs is needed (root)");
        try {
            Path pages = Files.createDirectories(dir.resolve("pages"));
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < 1500; w++) {
                    for (int c = 3 + random.nextInt(6); c > 0; c--) {
                        body.append((char) ('a' + random.nextInt(26)));
                    }
                    body.append(' ');
                }
                Files.writeString(pages.resolve(String.format("p%03d.html", i)), "<html><head><title>Page " + i
                        + "</title></head><body><article><h1>Page " + i + "</h1><p>" + body + "</p></article></body></html>");
            }
            Path db = small.resolve("lede.db");
            CliRun run = lede(db, "import", pages.toString());
            assertEquals(1, run.code());
            String[] errors = run.err().strip().split("\n");
            assertEquals(1, errors.length, run.err());
            assertTrue(errors[0].matches("lede: the disk is full: stopped after \\d+ saved; free some space"
                    + " and run the same import again \\(what was saved is skipped\\)"), errors[0]);
            int saved = Integer.parseInt(run.out().replaceAll("(?s).*imported (\\d+),.*", "$1"));
            assertTrue(saved > 0 && saved < 200, run.out());
            assertTrue(lede(db, "stats").out().contains("articles    " + saved), lede(db, "stats").out());
        } finally {
            if (run("umount", small.toString()) != 0) {
                run("umount", "-l", small.toString()); // detached now, gone once nothing holds it
            }
        }
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (Exception e) {
            return -1;
        }
    }
}
