package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event loop as the reader runs it, on threads: the UI thread waiting in the loop, keys
 * handed in by the thread that read them, messages posted from other threads.
 */
class EventLoopThreadsTest {
    @TempDir
    Path dir;

    private Harness library() {
        Harness h = new Harness(dir, 80, 24);
        h.add("council", "Council approves riverside bike lanes", "<p>The council voted for bike lanes.</p>");
        h.add("ferry", "Harbour ferry fares to rise", "<p>Ferry fares across the harbour rise in April.</p>");
        return h.start();
    }

    /** The UI thread running the loop, once it waits for something to do. */
    private static Thread loop(Harness h, AtomicReference<Throwable> failure) throws InterruptedException {
        Thread ui = new Thread(() -> {
            try {
                h.app.loop();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "test-ui");
        ui.setDaemon(true);
        ui.start();
        while (ui.getState() != Thread.State.WAITING && ui.isAlive()) {
            Thread.onSpinWait();
        }
        return ui;
    }

    @Test
    void aKeyIsHandledAndDrawnOnTheThreadThatReadItWhileTheUiWaits() throws Exception {
        try (Harness h = library()) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread ui = loop(h, failure);
            assertTrue(h.row(23).endsWith("1/2"), h.row(23));
            h.app.key(new Msg.Key("j"));
            // drawn before key() returned: this thread did the work, not the waiting UI thread
            assertTrue(h.row(23).endsWith("2/2"), h.row(23));
            h.app.key(new Msg.Key("q"));
            ui.join(5000);
            assertFalse(ui.isAlive(), "q on the reading thread ends the UI thread's loop");
            assertTrue(failure.get() == null, String.valueOf(failure.get()));
        }
    }

    @Test
    void theWaitingUiThreadLaysOutTheArticleUnderTheCursorOnceTheKeysRest() throws Exception {
        try (Harness h = library()) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread ui = loop(h, failure);
            h.app.key(new Msg.Key("j"));
            // no key comes after it: the UI thread wakes from its wait for the quiet moment's work
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (h.app.layouts().made() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, h.app.layouts().made(), "laid out while the keys rest");
            h.app.key(new Msg.Key("Enter"));
            assertTrue(h.row(0).contains("Council approves riverside bike lanes"), h.text());
            assertEquals(1, h.app.layouts().made(), "Enter found the article under the cursor laid out");
            h.app.key(new Msg.Key("Q"));
            ui.join(5000);
            assertFalse(ui.isAlive());
            assertTrue(failure.get() == null, String.valueOf(failure.get()));
        }
    }

    @Test
    void aMessageFromAnotherThreadWakesTheUiThreadToDrawIt() throws Exception {
        try (Harness h = library()) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread ui = loop(h, failure);
            Thread worker = new Thread(() -> h.app.post(new Msg.Status("saved elsewhere", false, false)));
            worker.start();
            worker.join();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!h.row(23).contains("saved elsewhere") && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertTrue(h.row(23).contains("saved elsewhere"), h.row(23));
            h.app.key(new Msg.Key("EOF"));
            ui.join(5000);
            assertFalse(ui.isAlive(), "the end of the input ends the loop");
        }
    }
}
