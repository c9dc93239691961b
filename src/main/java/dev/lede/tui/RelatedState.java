package dev.lede.tui;

import dev.lede.model.RelatedArticle;
import java.util.List;

/**
 * The related stories of one article; {@code items} is null while they are being found.
 *
 * @param from the screen to return to
 */
public record RelatedState(long sourceId, String sourceTitle, List<RelatedArticle> items, int cursor, Screen from) {
    public RelatedState {
        items = items == null ? null : List.copyOf(items);
    }

    public RelatedState withCursor(int cursor) {
        return new RelatedState(sourceId, sourceTitle, items, cursor, from);
    }
}
