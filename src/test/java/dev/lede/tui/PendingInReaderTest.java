package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.lede.fetch.BulkFetch;
import dev.lede.interop.ImportedArticle;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article imported without its page says so in the reader, with the last fetch error once there is one. */
class PendingInReaderTest {
    @TempDir
    Path dir;

    @Test
    void theReaderSaysAPendingArticlesPageIsNotFetchedAndWhyAFetchFailed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone";
        try (Harness h = new Harness(dir, 100, 24)) {
            h.library.articleImport().importAll(List.of(ImportedArticle.link(url, "A story saved in Pocket",
                    Instant.parse("2025-03-02T10:00:00Z"), List.of(), false, false)), List.of(), r -> { });
            h.start();
            h.press("Enter");
            assertTrue(h.text().contains("its page is not fetched yet: 'lede fetch' fetches it"), h.text());

            h.library.pendingFetch().run(1, BulkFetch.SILENT);
            h.press("q", "Enter");
            assertTrue(h.text().contains("its page could not be fetched (") && h.text().contains("404"), h.text());
            assertTrue(h.text().contains("'lede fetch' tries again"), h.text());
        } finally {
            server.stop(0);
        }
    }
}
