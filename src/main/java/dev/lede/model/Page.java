package dev.lede.model;

import java.util.Objects;

/**
 * A fetched or read page: its raw bytes and what is known about them.
 *
 * @param url         the final address (after redirects), or a {@code file:} URI
 * @param contentType media type without parameters, e.g. {@code text/html}, or null
 * @param charset     charset named by the HTTP header, or null when none was given
 */
public record Page(byte[] body, String url, String contentType, String charset) {
    public Page {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(url, "url");
    }
}
