package dev.lede.fetch;

import java.time.Instant;

/**
 * What a server answered to a conditional feed request.
 *
 * @param status       the final HTTP status after redirects: 200, 304, or an error status
 * @param body         the decoded body for a 200, else empty
 * @param url          the final address after redirects
 * @param movedTo      the address to use from now on when the request was permanently
 *                     redirected (301/308 from the first hop), else null
 * @param charset      the charset the header named, or null
 * @param etag         the {@code ETag} to send next time, or null
 * @param lastModified the {@code Last-Modified} to send next time, or null
 * @param retryAfter   when a 429/503 asked to come back ({@code Retry-After}), else null
 */
public record FeedResponse(int status, byte[] body, String url, String movedTo, String charset, String etag,
                           String lastModified, Instant retryAfter) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }

    /** The status as a user reads it, e.g. {@code HTTP 410 Gone}. */
    public String describe() {
        return Statuses.describe(status);
    }
}
