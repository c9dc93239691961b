package dev.lede.query;

/** A malformed filter in a query, with a message that names it and says what is valid. */
public class QueryException extends IllegalArgumentException {
    public QueryException(String message) {
        super(message);
    }
}
