package dev.lede.model;

/**
 * A server item Lede holds, with the server's state as last seen.
 *
 * @param articleId the article it became, or 0 when that was deleted in Lede
 */
public record SyncedItem(long itemId, long articleId, boolean read, boolean starred) {
}
