package dev.lede.store;

/** A store failure with a one-line message that tells the user what to do. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception for a failed statement: {@link DiskFull} when the disk (or file system) is full. */
    static StoreException of(String message, java.sql.SQLException cause) {
        String reason = cause.getMessage() == null ? "" : cause.getMessage();
        return reason.contains("SQLITE_FULL") ? new DiskFull(message, cause) : new StoreException(message, cause);
    }

    /**
     * Nothing more can be written: every later write would fail the same way, so a long
     * import stops at the first one instead of reporting each file as failed.
     */
    public static final class DiskFull extends StoreException {
        DiskFull(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
