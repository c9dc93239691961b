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

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
