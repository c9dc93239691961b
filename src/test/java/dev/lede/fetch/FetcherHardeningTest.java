package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credentials in URLs, pages that refresh to another URL, and servers that ask to wait. */
class FetcherHardeningTest {
    private static final String ARTICLE = "<html><head><title>Moved here</title></head><body><p>The story.</p></body></html>";
    private final TestServer server = new TestServer();
    private final Fetcher fetcher = new Fetcher();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String refresh(String content) {
        return "<html><head><meta http-equiv=\"Refresh\" content=\"" + content + "\"><title>Redirecting</title></head>"
                + "<body>Redirecting...</body></html>";
    }

    @Test
    void credentialsInTheUrlAreSentToThatHostOnlyAndLeftOutOfThePageUrl() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        server.on("/private", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            TestServer.send(exchange, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        String url = server.url("/private").replace("http://", "http://reader:s%40cret@");
        Page page = fetcher.fetch(url);
        assertEquals(server.url("/private"), page.url());
        assertEquals(List.of("Basic cmVhZGVyOnNAY3JldA=="), authorizations); // reader:s@cret

        // Another origin (localhost is not 127.0.0.1 as far as origins go) never gets them.
        server.redirect("/elsewhere", 302, server.url("/private").replace("127.0.0.1", "localhost"));
        fetcher.fetch(server.url("/elsewhere").replace("http://", "http://reader:secret@"));
        assertEquals("null", authorizations.get(1));
    }

    @Test
    void aMetaRefreshPageIsFollowedLikeARedirect() throws Exception {
        server.page("/new", "text/html", ARTICLE);
        server.page("/old", "text/html", refresh("0; url=/new"));
        server.page("/quoted", "text/html", refresh("1;URL='" + server.url("/old") + "'"));
        assertEquals(server.url("/new"), fetcher.fetch(server.url("/old")).url());
        assertEquals(server.url("/new"), fetcher.fetch(server.url("/quoted")).url());
    }

    @Test
    void aMetaRefreshCountsAgainstTheRedirectBudgetAndLoopsAreCaught() {
        server.page("/a", "text/html", refresh("0; url=/b"));
        server.page("/b", "text/html", refresh("0; url=/a"));
        FetchException loop = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/a")));
        assertTrue(loop.getMessage().startsWith("redirect loop at "), loop.getMessage());
        for (int i = 0; i < 5; i++) {
            server.page("/chain" + i, "text/html", refresh("0; url=/chain" + (i + 1)));
        }
        Fetcher strict = new Fetcher(FetchSettings.defaults().withMaxRedirects(3));
        FetchException far = assertThrows(FetchException.class, () -> strict.fetch(server.url("/chain0")));
        assertEquals("too many redirects (more than 3)", far.getMessage());
    }

    @Test
    void aSlowOrNonHttpRefreshIsNotFollowed() throws Exception {
        server.page("/reload", "text/html", refresh("300; url=/new"));
        server.page("/script", "text/html", refresh("0; url=javascript:alert(1)"));
        server.page("/self", "text/html", refresh("60"));
        assertEquals(server.url("/reload"), fetcher.fetch(server.url("/reload")).url());
        assertEquals(server.url("/script"), fetcher.fetch(server.url("/script")).url());
        assertEquals(server.url("/self"), fetcher.fetch(server.url("/self")).url());
        assertNull(MetaRefresh.target("<p>no tag</p>".getBytes(StandardCharsets.UTF_8), java.net.URI.create(server.url("/"))));
    }

    @Test
    void retryAfterIsHonouredOnceWhenItFitsTheTimeBudget() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                TestServer.send(exchange, 503, "text/html", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                TestServer.send(exchange, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
            }
        });
        assertEquals(server.url("/busy"), fetcher.fetch(server.url("/busy")).url());
        assertEquals(2, calls.get());

        AtomicInteger always = new AtomicInteger();
        server.on("/always", exchange -> {
            always.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "0");
            TestServer.send(exchange, 429, "text/html", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        FetchException twice = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/always")));
        assertTrue(twice.getMessage().endsWith("(also after waiting as the server asked)"), twice.getMessage());
        assertEquals(2, always.get());
    }

    @Test
    void aRetryAfterLongerThanTheBudgetFailsAtOnceSayingSo() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/later", exchange -> {
            calls.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "3600");
            TestServer.send(exchange, 429, "text/html", "later".getBytes(StandardCharsets.UTF_8));
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/later")));
        assertTrue(e.getMessage().contains("the server asks to retry in 3600 s, longer than this fetch may take"),
                e.getMessage());
        assertEquals(1, calls.get());
        assertFalse(e.getMessage().contains("also after"));
        server.on("/month", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "2592000");
            TestServer.send(exchange, 503, "text/html", "away".getBytes(StandardCharsets.UTF_8));
        });
        FetchException month = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/month")));
        assertTrue(month.getMessage().contains("the server asks to retry in a week or more"), month.getMessage());
    }
}
