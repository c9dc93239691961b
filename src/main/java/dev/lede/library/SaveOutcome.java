package dev.lede.library;

/** How saving one page or file ended: each ends in exactly one of these. */
public sealed interface SaveOutcome {

    /** The one line a user sees for this outcome, without the source. */
    String message();

    /** True for outcomes that count as a failure (exit code 1). */
    default boolean failed() {
        return this instanceof Failed;
    }

    /** Stored as a new article. */
    record Saved(long id, String title) implements SaveOutcome {
        @Override
        public String message() {
            return "saved as #" + id + ": " + title;
        }
    }

    /** The library already holds this page (same URL after normalization, or same canonical URL). */
    record AlreadySaved(long id, String title) implements SaveOutcome {
        @Override
        public String message() {
            return "already saved as #" + id + ": " + title;
        }
    }

    /** Nothing was stored, for the reason given. */
    record Failed(String reason) implements SaveOutcome {
        @Override
        public String message() {
            return "failed: " + reason;
        }
    }

    /** Left out on purpose (an unsupported file in a folder), for the reason given. */
    record Skipped(String reason) implements SaveOutcome {
        @Override
        public String message() {
            return "skipped: " + reason;
        }
    }
}
