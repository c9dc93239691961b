package dev.lede.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Fetches feeds with conditional GET: sends {@code If-None-Match} and
 * {@code If-Modified-Since} from the last answer, so an unchanged feed costs one round trip
 * and no body. Follows redirects and says whether they were permanent (301/308), so the
 * caller can update its address. Error statuses come back as answers, not exceptions, as
 * 410 and 429/503 mean something to a subscription; only network failures throw.
 *
 * <p>Thread-safe; share one instance. A server that stalls is cut off after the total
 * timeout of its {@link FetchSettings}, headers and body together.
 */
public final class FeedFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json,"
            + " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private final FetchSettings settings;
    private final HttpClient client;

    public FeedFetcher(FetchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param etag         the last answer's ETag, or null
     * @param lastModified the last answer's Last-Modified, or null
     * @throws FetchException when no answer came (network, timeout, size, bad redirect)
     */
    public FeedResponse fetch(String url, String etag, String lastModified) throws FetchException {
        URI uri = Urls.parse(url);
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        String movedTo = null;
        boolean permanent = true;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(uri, etag, lastModified, deadline);
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (!REDIRECTS.contains(status) || status == 304) {
                String current = redirects == 0 ? null : movedTo;
                if (status < 200 || status > 299) {
                    closeQuietly(response.body());
                    return new FeedResponse(status, new byte[0], uri.toString(), current, null,
                            null, null, status == 429 || status == 503 ? retryAfter(headers) : null);
                }
                byte[] body = read(uri, response, deadline);
                return new FeedResponse(status, body, uri.toString(), current,
                        MediaTypes.charset(headers.firstValue("Content-Type").orElse(null)),
                        headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), null);
            }
            closeQuietly(response.body());
            String location = headers.firstValue("Location").orElse(null);
            URI next = location == null ? null : Urls.resolve(uri, location);
            if (next == null || !Urls.isHttp(next)) {
                throw new FetchException(Statuses.describe(status) + " without a usable Location");
            }
            if (redirects == settings.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + settings.maxRedirects() + ")");
            }
            permanent &= status == 301 || status == 308;
            if (permanent) {
                movedTo = next.toString();
            }
            uri = next;
        }
    }

    private HttpResponse<InputStream> send(URI uri, String etag, String lastModified, long deadline)
            throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(remaining(deadline))
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            request.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade, which some servers refuse
        }
        if (etag != null && !etag.isBlank() && printable(etag)) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank() && printable(lastModified)) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + Urls.printable(uri.toString()), e);
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("timed out connecting to " + Urls.hostPort(uri), e);
        } catch (HttpTimeoutException e) {
            throw timedOut();
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (e instanceof java.net.ConnectException) {
                throw new FetchException("connection refused: " + Urls.hostPort(uri), e);
            }
            throw new FetchException("network error with " + Urls.hostPort(uri) + " ("
                    + (message.contains("closed") ? "connection closed" : e.getClass().getSimpleName()) + ")", e);
        }
    }

    private byte[] read(URI uri, HttpResponse<InputStream> response, long deadline) throws FetchException {
        InputStream raw = response.body();
        List<String> encodings;
        try {
            encodings = Fetcher.contentEncodings(response.headers());
        } catch (FetchException e) {
            closeQuietly(raw);
            throw e;
        }
        return Fetcher.readBody(raw, encodings, -1, deadline, uri, settings, "feed");
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. Capped at a week. */
    static Instant retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("Retry-After").orElse("").strip();
        if (value.isEmpty()) {
            return null;
        }
        Instant now = Instant.now();
        Instant at;
        if (value.matches("\\d{1,9}")) {
            at = now.plusSeconds(Long.parseLong(value));
        } else {
            try {
                at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Instant max = now.plus(Duration.ofDays(7));
        return at.isAfter(max) ? max : at;
    }

    private FetchException timedOut() {
        return new FetchException("timed out after " + Statuses.duration(settings.totalTimeout()));
    }

    private Duration remaining(long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        return Duration.ofNanos(left);
    }

    private static boolean printable(String header) {
        return header.length() < 1000 && header.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing more to release
        }
    }
}
