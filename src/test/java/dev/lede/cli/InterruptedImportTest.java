package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real lede process killed in the fetch phase of an import; lede fetch then finishes the job. */
class InterruptedImportTest {
    @TempDir
    Path dir;

    @Test
    void killedDuringTheFetchPhaseThenFetchLosesAndDuplicatesNothing() throws Exception {
        Path db = dir.resolve("lede.db");
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = new TestServer()) {
            StringBuilder csv = new StringBuilder("title,url,time_added,cursor,tags,status\n");
            for (int i = 0; i < 8; i++) {
                String path = "/story/" + i;
                boolean stalls = i >= 3;
                server.on(path, exchange -> {
                    if (stalls) {
                        release.await(30, TimeUnit.SECONDS); // the process is killed while it waits here
                    }
                    TestServer.send(exchange, 200, "text/html", ImportFormatsTest.page("Story " + path).getBytes(StandardCharsets.UTF_8));
                });
                csv.append("Story ").append(i).append(',').append(server.url(path)).append(",1700000").append(100 + i)
                        .append(",,news,unread\n");
            }
            Path export = dir.resolve("part_000000.csv");
            Files.writeString(export, csv);

            Process lede = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                    "--db", db.toString(), "import", "-j", "1", export.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
            try {
                // Wait until the three quick pages are in and the fourth is being fetched.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (fetchedCount(db) < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(3, fetchedCount(db), Files.readString(dir.resolve("out.txt")));
            } finally {
                lede.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertEquals(5, lede(db, "list", "is:pending", "-n", "0").out().lines().count());

            release.countDown();
            CliRun fetch = lede(db, "fetch");
            assertEquals(0, fetch.code(), fetch.out() + fetch.err());
            assertTrue(fetch.out().contains("fetched 5, failed 0"), fetch.out());
            String all = lede(db, "list", "-n", "0", "--json").out();
            assertEquals(8, all.split("\"id\"").length - 1, all);
            assertEquals(0, all.split("\"pending\": true").length - 1, all);
            for (int i = 0; i < 8; i++) {
                assertEquals(1, all.split("\"title\": \"Story " + i + "\"").length - 1, all);
            }
            assertTrue(lede(db, "show", "8", "--width", "200").out().contains("reported in full"));
        }
    }

    private static long fetchedCount(Path db) throws IOException {
        if (!Files.exists(db)) {
            return 0;
        }
        CliRun run = lede(db, "list", "-n", "0", "--", "-is:pending");
        return run.code() == 0 ? run.out().lines().filter(l -> !l.isBlank()).count() : 0;
    }
}
