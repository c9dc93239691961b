package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.library.SaveOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Q while a URL is being saved: the reader waits for the save, or on a second Q quits and
 * says which saves were cancelled. The work of the keys is held here, as a save still
 * running on another thread would be, and run when the test says.
 */
class QuitWhileSavingTest {
    @TempDir
    Path dir;
    Library library;
    final List<Supplier<Msg>> running = new ArrayList<>();
    Update update;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lede.db"));
        Effects held = new Effects() {
            @Override
            public void write(Supplier<Msg> work) {
                running.add(work);
            }

            @Override
            public void background(Supplier<Msg> work) {
                running.add(work);
            }

            @Override
            public void post(Msg msg) {
                running.add(() -> msg);
            }
        };
        update = new Update(new Screens(library, KeyMap.defaults(), held,
                url -> new SaveOutcome.Failed("the network is down"), url -> null,
                dev.lede.config.Config.DEFAULTS, sort -> null));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Model press(Model m, String... keys) {
        for (String key : keys) {
            m = update.update(m, new Msg.Key(key));
        }
        return m;
    }

    private Model startSaving() {
        Model m = press(update.init(80, 24), "a");
        for (char c : "https://example.org/slow".toCharArray()) {
            m = press(m, String.valueOf(c));
        }
        return press(m, "Enter");
    }

    @Test
    void quitWaitsForASaveInFlightAndQuitsWhenItEnds() {
        Model m = press(startSaving(), "Q");
        assertFalse(m.quit());
        assertEquals("finishing 1 save before quitting · Q again cancels", m.status());
        m = update.update(m, running.remove(0).get());
        assertTrue(m.quit());
        assertEquals("", App.cancelledSaves(m));
    }

    @Test
    void aSecondQuitCancelsTheSaveAndSaysWhichOnExit() {
        Model m = press(startSaving(), "Q", "Q");
        assertTrue(m.quit());
        assertEquals("lede: 1 save cancelled; lede add saves again:\n  https://example.org/slow", App.cancelledSaves(m));
    }
}
