package dev.lede.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A change made in Lede that the sync server has not been told yet.
 *
 * @param seq    its place in the queue: changes are pushed in this order
 * @param kind   what changed
 * @param target the server's item id for {@code READ}/{@code STARRED}, the feed URL for
 *               {@code SUBSCRIBE}, the server's stream id (or feed URL) for {@code UNSUBSCRIBE}
 * @param value  {@code 1}/{@code 0} for a flag; for {@code SUBSCRIBE}, its folders joined by {@code ,}
 * @param at     when it was made
 */
public record SyncChange(long seq, Kind kind, String target, String value, Instant at) {
    public enum Kind { READ, STARRED, SUBSCRIBE, UNSUBSCRIBE }

    public SyncChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        value = value == null ? "" : value;
    }

    /** For a flag change: the new value. */
    public boolean on() {
        return value.equals("1");
    }
}
