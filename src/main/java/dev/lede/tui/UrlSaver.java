package dev.lede.tui;

import dev.lede.library.SaveOutcome;

/**
 * Saves a URL in the library for the {@code a} key. Called off the UI thread, may take
 * seconds; never throws. The CLI passes the real fetcher in.
 */
@FunctionalInterface
public interface UrlSaver {
    /** Fetches and saves {@code url}; a failure is an outcome too. */
    SaveOutcome save(String url);
}
