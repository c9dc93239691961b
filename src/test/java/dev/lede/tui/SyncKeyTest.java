package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.sync.FeedSite;
import dev.lede.sync.FreshRss;
import dev.lede.sync.ReaderClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code R} with a sync account syncs, and the feeds view names the account: against a real FreshRSS. */
class SyncKeyTest {
    @TempDir
    Path dir;

    @Test
    void rSyncsWithTheAccountAndTheFeedsViewShowsIt() throws Exception {
        FreshRss server = FreshRss.require();
        ReaderClient phone = server.phone();
        try (FeedSite site = new FeedSite(2);
             Harness h = new Harness(dir, 100, 16)) {
            String stream = phone.quickAdd(site.feedUrl());
            try {
                h.library.sync().addAccount(server.url, server.user, server.password);
                h.start();
                h.press("R");
                String list = h.text();
                assertTrue(list.contains(site.title(1)) && list.contains(site.title(2)), list);
                assertTrue(list.contains("synced: "), list);

                h.press("g", "f");
                String feeds = h.text();
                assertTrue(feeds.contains("synced with " + server.user + "@127.0.0.1:"), feeds);
                assertTrue(feeds.contains("· last sync 20"), feeds);
                assertTrue(feeds.contains("Site " + site.name), feeds);
            } finally {
                phone.unsubscribe(stream);
            }
        }
    }
}
