package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.render.ArticleText;
import dev.lede.render.Document;
import dev.lede.render.Layout;
import dev.lede.render.Line;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Article bodies laid out for the reader, kept for the few articles it is likely to open
 * next. The one under the list's cursor is laid out off the UI thread while the list rests,
 * so that Enter only has to draw it: reading, parsing and wrapping an article took 20-40 ms
 * in a new process (1-2 ms once the JIT has compiled that code). Sized to a handful of
 * articles, never to the library; an entry serves only the same text at the same width.
 */
final class ArticleLayouts {
    private static final int CAPACITY = 4;

    /**
     * An article's body at one width: its lines (highlights not marked yet), its links, and
     * how many of the lines are its own text (the link list follows them).
     */
    record Laid(List<Line> lines, List<String> links, int textLines) {
    }

    private record Key(long id, int width) {
    }

    private record Entry(String html, String title, Laid laid) {
    }

    private final Library library;
    private final Effects effects;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    };
    /** How many layouts were made: an article opened from one made ahead adds none. */
    private final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    /** The last article asked for ahead of time: an older request still waiting is dropped. */
    private volatile Key wanted;

    ArticleLayouts(Library library, Effects effects) {
        this.library = library;
        this.effects = effects;
    }

    /** Article {@code a}'s body at {@code width} columns: laid out ahead of time, or now. */
    Laid of(Article a, int width) {
        Key key = new Key(a.id(), width);
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && Objects.equals(entry.html(), a.html()) && entry.title().equals(a.title())) {
            return entry.laid();
        }
        Document doc = ArticleText.document(a);
        Layout.Body body = Layout.render(doc, width);
        Laid laid = new Laid(body.lines(), doc.links(), body.textLines());
        made.incrementAndGet();
        synchronized (entries) {
            entries.put(key, new Entry(a.html(), a.title(), laid));
        }
        return laid;
    }

    /**
     * How many layouts were made so far: what shows that an article opened, selected in or
     * laid out ahead was not laid out again (tests read it; a layout served from here and one
     * made again look the same).
     */
    int made() {
        return made.get();
    }

    /** Lays out article {@code id} at {@code width} off the UI thread, unless that is done. */
    void prepare(long id, int width) {
        Key key = new Key(id, width);
        synchronized (entries) {
            if (entries.containsKey(key)) {
                return;
            }
        }
        wanted = key;
        effects.background(() -> {
            if (key.equals(wanted)) {
                prepareNow(id, width);
            }
            return null;
        });
    }

    /** The same on this thread; false when the article is gone. */
    boolean prepareNow(long id, int width) {
        try {
            return library.get(id).map(a -> of(a, width)).isPresent();
        } catch (RuntimeException e) {
            return false; // only ahead of time: opening the article reads it again and reports
        }
    }
}
