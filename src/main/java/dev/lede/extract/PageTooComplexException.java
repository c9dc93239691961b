package dev.lede.extract;

/**
 * Thrown when extracting a page runs over its time budget: its markup is built to be slow
 * (or is far larger than an article), and the page fails rather than holding up the rest.
 */
public final class PageTooComplexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PageTooComplexException(long budgetMillis) {
        super("page too complex: extraction stopped after " + budgetMillis + " ms (limit: -D"
                + Extractor.BUDGET_PROPERTY + "=MILLIS)");
    }
}
