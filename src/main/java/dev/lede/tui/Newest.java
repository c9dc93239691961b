package dev.lede.tui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs only the newest of work handed in quick succession: each hand-over asks for one run,
 * and a run does the work handed in last, or nothing when another run took it. Typing
 * {@code harbour} while searches queue up searches for what is typed when a search can start,
 * not for each letter in turn.
 */
final class Newest {
    private final AtomicReference<Supplier<Msg>> next = new AtomicReference<>();

    /** Hands {@code work} to {@link Effects#search}, replacing work handed in before that has not started. */
    void submit(Effects effects, Supplier<Msg> work) {
        next.set(work);
        effects.search(() -> {
            Supplier<Msg> newest = next.getAndSet(null);
            return newest == null ? null : newest.get();
        });
    }
}
