package dev.lede.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A passage of an article the reader marked, with an optional note.
 *
 * @param quote    the passage, as plain text
 * @param note     the reader's note on it, or null
 * @param position where the passage starts in the article's plain text (a character offset,
 *                 so it holds at any rendering width), or -1 when the text does not contain it
 * @param created  when it was made
 */
public record Highlight(String quote, String note, int position, Instant created) {
    public Highlight {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(created, "created");
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The highlight placed in {@code text}: its position is where the quote first occurs. */
    public Highlight placedIn(String text) {
        int at = text == null || quote.isBlank() ? -1 : text.indexOf(quote.strip());
        return new Highlight(quote, note, at, created);
    }
}
