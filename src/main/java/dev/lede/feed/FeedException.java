package dev.lede.feed;

/** The bytes are not a feed Lede can read; the message is one line for the user. */
public final class FeedException extends Exception {
    public FeedException(String message) {
        super(message, null, false, false);
    }
}
