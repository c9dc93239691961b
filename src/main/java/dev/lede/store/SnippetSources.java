package dev.lede.store;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the bodies that search snippets were made from lately, kept by article, so
 * that the next letter typed in the search prompt, which finds mostly the same articles, does
 * not inflate and split their bodies again (at 1,000 articles, about 2 of a search's 3.5 ms).
 * An entry holds only while the stored body is the one it was made from. Sized to a few
 * screens of results, not to the library.
 */
final class SnippetSources {
    private static final int CAPACITY = 64;

    private record Entry(byte[] stored, Snippets.Words words) {
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The words of article {@code id}'s body, stored as {@code stored}. */
    synchronized Snippets.Words words(long id, byte[] stored, Compression packer) {
        Entry entry = entries.get(id);
        if (entry != null && Arrays.equals(entry.stored(), stored)) {
            return entry.words();
        }
        Snippets.Words words = Snippets.words(packer.text(stored));
        entries.put(id, new Entry(stored, words));
        return words;
    }
}
