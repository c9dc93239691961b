package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.BulkFetch.Listener;
import dev.lede.fetch.BulkFetch.Outcome;
import dev.lede.fetch.BulkFetch.Progress;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkFetchTest {
    private final TestServer server = new TestServer();
    private final Fetcher fetcher = new Fetcher();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** 50 URLs: every 10th is missing (404), every 10th from 5 breaks the handler, the rest save. */
    private List<String> fiftyUrls() {
        server.on("/story/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int n = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            byte[] body = ("<html><body><h1>Story " + n + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
            TestServer.send(exchange, n % 10 == 0 ? 404 : 200, "text/html", body);
        });
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            urls.add(server.url("/story/" + i));
        }
        return urls;
    }

    private static String save(dev.lede.model.Page page) throws Exception {
        String n = page.url().substring(page.url().lastIndexOf('/') + 1);
        if (Integer.parseInt(n) % 10 == 5) {
            throw new Exception("could not store story " + n);
        }
        return "saved as #" + n;
    }

    @Test
    void givesEveryUrlExactlyOneOutcomeInInputOrder() {
        List<String> urls = fiftyUrls();

        List<Outcome> outcomes = new BulkFetch(fetcher).run(urls, BulkFetchTest::save, BulkFetch.SILENT);

        assertEquals(50, outcomes.size());
        for (int i = 0; i < 50; i++) {
            Outcome outcome = outcomes.get(i);
            assertEquals(i, outcome.index());
            assertEquals(urls.get(i), outcome.url());
            String expected = i % 10 == 0 ? "HTTP 404 Not Found"
                    : i % 10 == 5 ? "could not store story " + i : "saved as #" + i;
            assertEquals(expected, outcome.message());
            assertEquals(i % 5 != 0, outcome.ok());
        }
    }

    @Test
    void handsEveryFetchedPageToTheHandlerOnce() {
        List<String> urls = fiftyUrls();
        Set<String> handled = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();

        new BulkFetch(fetcher).run(urls, page -> {
            calls.incrementAndGet();
            handled.add(page.url());
            return save(page);
        }, BulkFetch.SILENT);

        assertEquals(45, calls.get());
        for (int i = 0; i < 50; i++) {
            assertEquals(i % 10 != 0, handled.contains(urls.get(i)), urls.get(i));
        }
    }

    @Test
    void tellsTheListenerOfEachStartAndFinishWithRisingCounts() {
        List<String> urls = fiftyUrls();
        List<Progress> finishes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger starts = new AtomicInteger();
        AtomicInteger startsShownAsCurrent = new AtomicInteger();

        new BulkFetch(fetcher).run(urls, BulkFetchTest::save, new Listener() {
            @Override
            public void started(String url, Progress progress) {
                starts.incrementAndGet();
                if (url.equals(progress.current())) {
                    startsShownAsCurrent.incrementAndGet();
                }
            }

            @Override
            public void finished(Outcome outcome, Progress progress) {
                finishes.add(progress);
            }
        });

        assertEquals(50, starts.get());
        assertEquals(50, startsShownAsCurrent.get());
        assertEquals(50, finishes.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i + 1, finishes.get(i).done());
            assertEquals(50, finishes.get(i).total());
        }
        Progress last = finishes.get(49);
        assertTrue(last.finished());
        assertEquals(10, last.failed());
        assertEquals(0, last.running());
        assertNull(last.current());
    }

    @Test
    void neverRunsMoreFetchesAtOnceThanItsConcurrency() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.on("/slow/", exchange -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(30);
            inFlight.decrementAndGet();
            TestServer.send(exchange, 200, "text/plain", "words".getBytes(StandardCharsets.UTF_8));
        });
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            urls.add(server.url("/slow/" + i));
        }

        List<Outcome> outcomes = new BulkFetch(fetcher, 3).run(urls, page -> "ok", BulkFetch.SILENT);

        assertTrue(outcomes.stream().allMatch(Outcome::ok));
        assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
    }

    @Test
    void reportsAHandlerFailureWithoutAMessageAsAnInternalError() {
        server.page("/story", "text/html", "<p>words</p>");

        List<Outcome> outcomes = new BulkFetch(fetcher).run(List.of(server.url("/story")), page -> {
            throw new IllegalStateException();
        }, BulkFetch.SILENT);

        assertEquals("internal error: IllegalStateException", outcomes.get(0).message());
        assertFalse(outcomes.get(0).ok());
    }

    @Test
    void reportsAnInvalidUrlAsThatUrlsFailure() {
        List<Outcome> outcomes = new BulkFetch(fetcher).run(List.of("mailto:someone@example.com"),
                page -> "saved", BulkFetch.SILENT);

        assertEquals("only http and https URLs can be saved: mailto:someone@example.com",
                outcomes.get(0).message());
    }

    @Test
    void marksUnfinishedUrlsCancelledWhenInterrupted() throws Exception {
        server.on("/stuck", exchange -> server.stall());
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<List<Outcome>> result = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Fetcher patient = new Fetcher(FetchSettings.defaults().withTotalTimeout(Duration.ofSeconds(20)));
        Thread runner = new Thread(() -> {
            result.set(new BulkFetch(patient, 2).run(List.of(server.url("/stuck"), server.url("/stuck"),
                    server.url("/stuck")), page -> "saved", new Listener() {
                        @Override
                        public void started(String url, Progress progress) {
                            started.countDown();
                        }
                    }));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });

        runner.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        runner.interrupt();
        runner.join(5000);

        assertFalse(runner.isAlive());
        assertEquals(List.of("cancelled", "cancelled", "cancelled"),
                result.get().stream().map(Outcome::message).toList());
        assertTrue(stillInterrupted.get());
    }

    @Test
    void returnsNoOutcomesForNoUrls() {
        assertEquals(List.of(), new BulkFetch(fetcher).run(List.of(), page -> "saved", BulkFetch.SILENT));
    }
}
