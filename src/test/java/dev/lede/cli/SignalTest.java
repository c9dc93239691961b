package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A signal during {@code lede add}, sent to a real process: the summary still comes, with the cancelled URLs. */
class SignalTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    @Timeout(90) // a hang guard
    void aSignalDuringAddPrintsTheSummaryAndTheCancelledUrls(String signal, int exitCode) throws Exception {
        CountDownLatch slowAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = new TestServer()) {
            server.page("/quick", "text/html", AddCommandTest.page("Quick story", null));
            server.on("/slow", exchange -> {
                slowAsked.countDown();
                release.await(60, TimeUnit.SECONDS);
                TestServer.send(exchange, 200, "text/html",
                        AddCommandTest.page("Slow story", null).getBytes(StandardCharsets.UTF_8));
            });
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process lede = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    "dev.lede.cli.Main", "--db", dir.resolve("lede.db").toString(), "add", "-j", "1",
                    server.url("/quick"), server.url("/slow"), server.url("/later/1"), server.url("/later/2"))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                assertTrue(slowAsked.await(60, TimeUnit.SECONDS), "the slow page was never asked for");
                assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(lede.pid())).start().waitFor());
                assertTrue(lede.waitFor(60, TimeUnit.SECONDS), "lede did not end");
            } finally {
                release.countDown();
                lede.destroyForcibly();
            }
            assertEquals(exitCode, lede.exitValue());
            List<String> printed = Files.readAllLines(out);
            assertEquals(server.url("/quick") + ": saved as #1: Quick story", printed.get(0));
            assertEquals("1 saved or already there, 0 failed, 3 cancelled (not saved: add them again)",
                    printed.get(printed.size() - 1));
            String errors = Files.readString(err);
            for (String path : List.of("/slow", "/later/1", "/later/2")) {
                assertTrue(errors.contains(server.url(path) + ": failed: cancelled"), errors);
            }
        }
    }
}
