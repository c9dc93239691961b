package dev.lede.sync;

import java.util.List;

/** One page of a stream: its items and the continuation for the next page, or null at the end. */
public record StreamPage(List<ServerItem> items, String continuation) {
    public StreamPage {
        items = List.copyOf(items);
    }
}
