package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (or a kill) during {@code lede import}, sent to a real process: it says what was
 * saved and what still waits, and the same import or {@code lede fetch} goes on from there.
 */
class ImportSignalTest {
    @TempDir
    Path dir;

    private Process start(Path export, String... options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "dev.lede.cli.Main", "--db", dir.resolve("lede.db").toString(),
                "import"));
        command.addAll(List.of(options));
        command.add(export.toString());
        return new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    private static void signal(Process lede, String signal) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(lede.pid())).start().waitFor());
        assertTrue(lede.waitFor(60, TimeUnit.SECONDS), "lede did not end");
    }

    @Test
    @Timeout(120) // a hang guard
    void ctrlCWhileFetchingSaysWhatWasFetchedAndLeavesTheRestPendingWithoutAnError() throws Exception {
        CountDownLatch slowAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = new TestServer()) {
            StringBuilder csv = new StringBuilder("title,url,time_added,cursor,tags,status\n");
            for (int i = 0; i < 6; i++) {
                String path = "/story/" + i;
                boolean stalls = i == 2;
                server.on(path, exchange -> {
                    if (stalls) {
                        slowAsked.countDown();
                        release.await(60, TimeUnit.SECONDS);
                    }
                    TestServer.send(exchange, 200, "text/html", ImportFormatsTest.page("Story " + path).getBytes(StandardCharsets.UTF_8));
                });
                csv.append("Story ").append(i).append(',').append(server.url(path)).append(",170000010").append(i)
                        .append(",,news,unread\n");
            }
            Path export = dir.resolve("part_000000.csv");
            Files.writeString(export, csv);
            Process lede = start(export, "-j", "1");
            try {
                assertTrue(slowAsked.await(60, TimeUnit.SECONDS), "the slow page was never asked for");
                signal(lede, "INT");
            } finally {
                release.countDown();
                lede.destroyForcibly();
            }
            assertEquals(130, lede.exitValue());
            List<String> printed = Files.readAllLines(dir.resolve("out.txt"));
            assertTrue(printed.contains("imported 6, already saved 0, skipped 0, failed 0"), printed.toString());
            assertEquals("fetched 2, failed 0, 4 not fetched (interrupted: 'lede fetch' goes on with 4 pending)",
                    printed.get(printed.size() - 1));
            assertFalse(Files.readString(dir.resolve("err.txt")).contains("cancelled"), Files.readString(dir.resolve("err.txt")));
            // the ones cut short wait as before: pending, without an error
            String pending = lede(dir.resolve("lede.db"), "list", "is:pending", "--json").out();
            assertEquals(4, pending.split("\"pending\": true").length - 1, pending);
            assertFalse(pending.contains("\"error\""), pending);
            CliRun fetch = lede(dir.resolve("lede.db"), "fetch");
            assertTrue(fetch.out().contains("fetched 4, failed 0"), fetch.out());
        }
    }

    @Test
    @Timeout(300) // a hang guard
    void ctrlCWhileImportingAFolderOfPagesStopsWithoutCallingTheRestFailed() throws Exception {
        int pages = 800;
        Path folder = Files.createDirectories(dir.resolve("saved"));
        for (int i = 0; i < pages; i++) {
            Files.writeString(folder.resolve(String.format("page-%04d.html", i)), ImportFormatsTest.page("Page " + i));
        }
        Process lede = start(folder);
        try {
            // the first batch is stored
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(dir.resolve("out.txt")).contains("saved as") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            signal(lede, "INT");
        } finally {
            lede.destroyForcibly();
        }
        assertEquals(130, lede.exitValue());
        String out = Files.readString(dir.resolve("out.txt"));
        Matcher summary = Pattern.compile("imported (\\d+), already saved 0, skipped 0, failed 0 \\(interrupted: run the same"
                + " import again for the rest; what was saved is skipped\\)\\n$").matcher(out);
        assertTrue(summary.find(), out.substring(Math.max(0, out.length() - 400)));
        int saved = Integer.parseInt(summary.group(1));
        assertTrue(saved > 0 && saved < pages, out.substring(Math.max(0, out.length() - 400)));
        assertEquals(saved, out.split(": saved as #").length - 1);
        assertEquals("", Files.readString(dir.resolve("err.txt")));

        // what it said was saved is what the library holds
        assertEquals(saved, lede(dir.resolve("lede.db"), "list", "-n", "0").out().lines().count());
    }

    @Test
    @Timeout(300) // a hang guard
    void aKillWhileSavingSaysWhatWasSavedAndTheSameImportGoesOn() throws Exception {
        int entries = 20_000;
        StringBuilder csv = new StringBuilder("title,url,time_added,cursor,tags,status\n");
        for (int i = 0; i < entries; i++) {
            csv.append("Story ").append(i).append(",https://news.example.com/story/").append(i).append(',')
                    .append(1_600_000_000 + i).append(",,news,unread\n");
        }
        Path export = dir.resolve("part_000000.csv");
        Files.writeString(export, csv);
        Process lede = start(export, "--no-fetch");
        try {
            // the export is read and saving has begun
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(dir.resolve("out.txt")).contains("pocket export") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            signal(lede, "TERM");
        } finally {
            lede.destroyForcibly();
        }
        assertEquals(143, lede.exitValue());
        String out = Files.readString(dir.resolve("out.txt"));
        // (the signal may come before the first batch is stored: then nothing waits)
        Matcher summary = Pattern.compile("imported (\\d+), already saved 0, skipped 0, failed 0 \\(interrupted: run the same"
                + " import again for the rest; what was saved is skipped\\)\\n(?:(\\d+) articles wait for their pages: run"
                + " 'lede fetch' to fetch them\\n)?$").matcher(out);
        assertTrue(summary.find(), out);
        int saved = Integer.parseInt(summary.group(1));
        assertTrue(saved < entries, out);
        assertEquals(saved, summary.group(2) == null ? 0 : Integer.parseInt(summary.group(2)), out);
        assertEquals("", Files.readString(dir.resolve("err.txt")));

        CliRun again = lede(dir.resolve("lede.db"), "import", "--no-fetch", export.toString());
        assertTrue(again.out().contains("imported " + (entries - saved) + ", already saved " + saved + ", skipped 0, failed 0"),
                again.out());
    }
}
