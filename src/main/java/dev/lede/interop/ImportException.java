package dev.lede.interop;

/** An export that cannot be read: the message says what is wrong in one line. */
public final class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
