package dev.lede.tui;

import java.util.List;

/** The filter picker of {@code g t}: query texts with their labels, and the cursor. */
public record TagPane(List<String> queries, List<String> labels, int cursor) {
    public TagPane {
        queries = List.copyOf(queries);
        labels = List.copyOf(labels);
    }

    public TagPane withCursor(int cursor) {
        return new TagPane(queries, labels, cursor);
    }
}
