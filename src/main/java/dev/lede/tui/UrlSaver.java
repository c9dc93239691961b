package dev.lede.tui;

/**
 * Saves a URL in the library for the {@code a} key. Called off the UI thread, may take
 * seconds; never throws. The CLI passes the real fetcher in.
 */
@FunctionalInterface
public interface UrlSaver {
    /** Fetches and saves {@code url}; returns the one line to show, e.g. "saved as #12: Title". */
    String save(String url);
}
