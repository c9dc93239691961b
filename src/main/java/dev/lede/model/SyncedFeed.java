package dev.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * A subscription of the sync account, as Lede last saw it on the server.
 *
 * @param streamId the server's id for it
 * @param folders  its folders, which Lede shows as tags
 */
public record SyncedFeed(String streamId, String url, String title, String site, List<String> folders) {
    public SyncedFeed {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        folders = List.copyOf(folders);
    }
}
