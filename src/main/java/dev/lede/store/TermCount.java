package dev.lede.store;

import java.util.Objects;

/**
 * One term of an article as the related-stories index keeps it.
 *
 * @param count how often it occurs, title occurrences weighted as the caller chose
 * @param flags a set of the {@code *} bits below
 */
public record TermCount(String term, int count, int flags) {
    /** Looks like a name, a number or a date: capitalized in running text, or digits. */
    public static final int ENTITY = 1;
    /** Occurs in the title. */
    public static final int TITLE = 2;
    /** Posted in the inverted index, so that articles sharing it find this one. */
    public static final int POSTED = 4;
    /** A link target rather than a word. */
    public static final int LINK = 8;

    public TermCount {
        Objects.requireNonNull(term, "term");
        if (term.isEmpty() || count < 1) {
            throw new IllegalArgumentException("a term needs text and a positive count: " + term + " " + count);
        }
    }

    /**
     * The 32-bit id a term is stored under (FNV-1a over its UTF-16 units, then a mixing step).
     * Stored in library files: never change it.
     */
    public static int hash(String term) {
        return hash(term.toCharArray(), 0, term.length());
    }

    /** {@link #hash(String)} of the term spelled by {@code cs[start, start + length)}. */
    public static int hash(char[] cs, int start, int length) {
        int h = 0x811c9dc5;
        for (int i = start; i < start + length; i++) {
            h ^= cs[i];
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
