package dev.lede.tui;

import java.util.ArrayList;
import java.util.List;

/** The stories visited through related links, like a browser's history: back and forward. */
public record Trail(List<Long> ids, int index) {
    public static final Trail EMPTY = new Trail(List.of(), -1);

    public Trail {
        ids = List.copyOf(ids);
    }

    public static Trail of(long id) {
        return new Trail(List.of(id), 0);
    }

    /** The trail after jumping to {@code id}: forward history is dropped, as in a browser. */
    public Trail jump(long id) {
        List<Long> kept = new ArrayList<>(ids.subList(0, index + 1));
        kept.add(id);
        return new Trail(kept, kept.size() - 1);
    }

    public boolean canGoBack() {
        return index > 0;
    }

    public boolean canGoForward() {
        return index >= 0 && index < ids.size() - 1;
    }

    public Trail back() {
        return new Trail(ids, index - 1);
    }

    public Trail forward() {
        return new Trail(ids, index + 1);
    }

    public long current() {
        return ids.get(index);
    }

    /** The trail without article {@code id} (after a delete). */
    public Trail without(long id) {
        if (!ids.contains(id)) {
            return this;
        }
        return EMPTY;
    }
}
