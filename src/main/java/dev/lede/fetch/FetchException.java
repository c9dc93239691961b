package dev.lede.fetch;

/**
 * A page could not be fetched. The message is one line meant for the user, such as
 * {@code HTTP 404 Not Found}, {@code timed out after 30 s} or {@code not an article:
 * application/pdf}; it never quotes the page's content.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
