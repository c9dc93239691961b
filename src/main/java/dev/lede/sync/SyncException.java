package dev.lede.sync;

/** A sync request that failed, with a one-line reason that says what to do. */
public class SyncException extends Exception {
    /** Why a request failed: what the caller may do about it differs. */
    public enum Kind {
        /** The user name or password was refused. */
        UNAUTHORIZED,
        /** No answer: the server is down, unreachable or timed out. */
        UNREACHABLE,
        /** The server answered with an error (5xx, or a 4xx other than 401). */
        SERVER,
        /** The server answered something that is not the API's. */
        PROTOCOL,
        /** Lede's own side: the password file, or no account set. */
        LOCAL
    }

    private final Kind kind;

    public SyncException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
