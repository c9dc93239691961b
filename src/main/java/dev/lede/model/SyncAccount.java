package dev.lede.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The sync account a library follows (never its password or session, which live in a file
 * of their own).
 *
 * @param url       the Google Reader API address
 * @param lastSync  when the last sync finished, or null before the first
 * @param lastError the last sync's error, or null when it succeeded
 */
public record SyncAccount(String url, String user, Instant lastSync, String lastError) {
    public SyncAccount {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
    }
}
