package dev.lede.tui;

import java.util.function.Supplier;

/**
 * Runs work off the UI thread; its result comes back as a {@link Msg} on the event queue.
 * Writes keep their order (one writer); other work (related stories, saving URLs, starting
 * the browser) runs beside them. Tests run both at once, in order, for deterministic screens.
 */
public interface Effects {
    /** A library change: run after earlier writes. */
    void write(Supplier<Msg> work);

    /** Slow work that is not a library change. */
    void background(Supplier<Msg> work);

    /** Tells the UI something now, from any thread: progress of slow work. */
    void post(Msg msg);

    /**
     * The search typed so far, run away from the UI thread so that the letter shows at once:
     * on a thread of its own in the reader (other slow work never holds it up), in the
     * background here.
     */
    default void search(Supplier<Msg> work) {
        background(work);
    }

    /**
     * Effects that drop every piece of work unstarted: keys run off screen (the start-up
     * rehearsal) change nothing and start no write, search or other work.
     */
    Effects NONE = new Effects() {
        @Override
        public void write(Supplier<Msg> work) {
        }

        @Override
        public void background(Supplier<Msg> work) {
        }

        @Override
        public void post(Msg msg) {
        }
    };
}
