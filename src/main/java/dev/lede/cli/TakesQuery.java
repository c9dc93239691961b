package dev.lede.cli;

/**
 * Marks a command whose parameters are a query: words there may start with {@code -}
 * ({@code -tag:done}, {@code -word}), so an unknown option is taken as part of the query.
 */
interface TakesQuery {
}
