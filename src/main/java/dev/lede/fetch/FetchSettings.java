package dev.lede.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and identity a {@link Fetcher} works with. Start from {@link #defaults()} and change
 * what differs with the {@code with...} methods.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection to one host
 * @param totalTimeout   how long one fetch may take in all: redirects, headers and body
 * @param maxBodyBytes   largest body accepted, counted after gzip/deflate decoding
 * @param maxRedirects   redirects followed before giving up; 0 follows none
 * @param userAgent      the {@code User-Agent} header sent with every request
 */
public record FetchSettings(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes,
                            int maxRedirects, String userAgent) {

    /** Sent unless changed; names the program so site owners can tell who is asking. */
    public static final String DEFAULT_USER_AGENT = "Lede/0.1 (+terminal news reader)";

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("totalTimeout must be positive: " + totalTimeout);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("userAgent must be printable ASCII: " + userAgent);
        }
    }

    /** Connect 10 s, total 30 s, body 10 MB, 10 redirects, a User-Agent naming Lede. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
                10L * 1024 * 1024, 10, DEFAULT_USER_AGENT);
    }

    public FetchSettings withConnectTimeout(Duration connectTimeout) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent);
    }

    public FetchSettings withTotalTimeout(Duration totalTimeout) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent);
    }

    public FetchSettings withMaxBodyBytes(long maxBodyBytes) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent);
    }

    public FetchSettings withMaxRedirects(int maxRedirects) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent);
    }

    public FetchSettings withUserAgent(String userAgent) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent);
    }

    /** The error of a fetch that ran past {@link #totalTimeout}, pages and feeds alike; {@code cause} may be null. */
    FetchException timedOut(Throwable cause) {
        return new FetchException("timed out after " + Statuses.duration(totalTimeout), cause);
    }

    /** Nanoseconds left until {@code deadline} (a {@link System#nanoTime} value); the timeout error once none are. */
    long nanosLeft(long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut(null);
        }
        return left;
    }
}
