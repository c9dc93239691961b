package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.library.Library;
import dev.lede.library.SaveOutcome;
import dev.lede.model.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reader on a virtual terminal over a real library in a temp folder, driven key by key. */
final class Harness implements AutoCloseable {
    final Library library;
    final DefaultVirtualTerminal terminal;
    final App app;
    final List<String> opened = new ArrayList<>();
    final List<String> savedUrls = new ArrayList<>();
    private final List<java.util.function.Supplier<Msg>> heldSearches = new ArrayList<>();
    /** Work for a quiet moment, waiting until {@link #rest}. */
    private final Resting resting = Resting.quiet();
    private boolean holdSearches;

    /** Sort orders the reader asked to remember, in turn. */
    final List<dev.lede.model.Sort> remembered = new ArrayList<>();

    Harness(Path dir, int cols, int rows) {
        this(dir, cols, rows, dev.lede.config.Config.DEFAULTS);
    }

    /** The reader with the settings of a config file. */
    Harness(Path dir, int cols, int rows, dev.lede.config.Config config) {
        library = Library.open(dir.resolve("lede.db"));
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        app = App.direct(terminal, library, url -> {
            savedUrls.add(url);
            String html = "<html><head><title>Saved from the prompt</title></head><body><article>"
                    + "<h1>Saved from the prompt</h1><p>A story saved with the a key.</p></article></body></html>";
            return library.save(new Page(html.getBytes(StandardCharsets.UTF_8), url, "text/html", null), List.of());
        }, Map.of("NO_COLOR", "1"), url -> {
            opened.add(url);
            return null;
        }, config, sort -> {
            remembered.add(sort);
            return null;
        }, work -> {
            if (holdSearches) {
                heldSearches.add(work);
            } else {
                handOver(work.get());
            }
        }, resting);
    }

    /**
     * Lets the input rest: runs the work the reader waits for quiet to do, as its UI thread
     * does once no key came for a moment (only the last frame's: each key dropped the one before).
     */
    Harness rest() {
        resting.runNow();
        pump();
        return this;
    }

    /**
     * From now on, searches typed in the search prompt wait until {@link #search} runs them, as
     * they wait for the search thread in the reader: the screen between a key and its results.
     */
    Harness holdSearches() {
        holdSearches = true;
        return this;
    }

    /**
     * Runs the oldest search waiting, which searches for what the prompt held last when it
     * starts (newer keys replace searches not yet started); its result, or null when a run
     * before it took the work. The result is not shown until {@link #deliver}.
     */
    Msg search() {
        return heldSearches.remove(0).get();
    }

    /** How many searches wait for {@link #search}. */
    int searchesWaiting() {
        return heldSearches.size();
    }

    /** Hands the UI a search's result, as the search thread does when it ends, and lets it react. */
    Harness deliver(Msg result) {
        handOver(result);
        pump();
        return this;
    }

    private void handOver(Msg result) {
        if (result != null) {
            app.post(result);
        }
    }

    /** Runs every search waiting and shows its results. */
    Harness searchAll() {
        while (!heldSearches.isEmpty()) {
            deliver(search());
        }
        return this;
    }

    /** Saves an article page; the last one saved is the first in the list. */
    long add(String slug, String title, String body, String... tags) {
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + body + "</article></body></html>";
        SaveOutcome outcome = library.save(new Page(html.getBytes(StandardCharsets.UTF_8),
                "https://news.example.com/" + slug, "text/html", null), List.of(tags));
        return ((SaveOutcome.Saved) outcome).id();
    }

    Harness start() {
        try {
            app.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Presses keys named as the key map names them ({@code j}, {@code Enter}, {@code Ctrl-d}). */
    Harness press(String... names) {
        for (String name : names) {
            terminal.addInput(stroke(name));
        }
        pump();
        return this;
    }

    /** Types text into a prompt, one character a key. */
    Harness type(String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
        pump();
        return this;
    }

    Harness resize(int cols, int rows) {
        terminal.setTerminalSize(new TerminalSize(cols, rows));
        pump();
        return this;
    }

    private void pump() {
        try {
            app.pump();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyStroke stroke(String name) {
        return switch (name) {
            case "Enter" -> new KeyStroke(KeyType.Enter);
            case "Esc" -> new KeyStroke(KeyType.Escape);
            case "Tab" -> new KeyStroke(KeyType.Tab);
            case "Backspace" -> new KeyStroke(KeyType.Backspace);
            case "Down" -> new KeyStroke(KeyType.ArrowDown);
            case "Up" -> new KeyStroke(KeyType.ArrowUp);
            case "PgDn" -> new KeyStroke(KeyType.PageDown);
            case "PgUp" -> new KeyStroke(KeyType.PageUp);
            case "Home" -> new KeyStroke(KeyType.Home);
            case "End" -> new KeyStroke(KeyType.End);
            case "Space" -> new KeyStroke(' ', false, false);
            default -> name.startsWith("Ctrl-")
                    ? new KeyStroke(name.charAt(5), true, false)
                    : new KeyStroke(name.charAt(0), false, false);
        };
    }

    /** The screen as text: trailing blanks trimmed per line, the second cell of a wide character skipped. */
    String text() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = terminal.getCharacter(col, row);
                line.append(c.getCharacterString().replace("\uFE0F", ""));
                if (c.isDoubleWidth()) {
                    col++;
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** One row of the screen. */
    String row(int row) {
        return text().split("\n", -1)[row];
    }

    @Override
    public void close() {
        library.close();
    }
}
