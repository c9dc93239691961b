package dev.lede.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;

/**
 * Fetches feeds with conditional GET: sends {@code If-None-Match} and
 * {@code If-Modified-Since} from the last answer, so an unchanged feed costs one round trip
 * and no body. Follows redirects and says whether they were permanent (301/308), so the
 * caller can update its address. Error statuses come back as answers, not exceptions, as
 * 410 and 429/503 mean something to a subscription; only network failures throw.
 *
 * <p>Requests go through {@link HttpURLConnection} (HTTP/1.1, connections kept alive per
 * host), not {@code java.net.http.HttpClient}: a refresh is one short request per feed, and
 * in a fresh process that client costs more than the requests. Building one (it readies TLS
 * even for plain http) and its first requests took 0.6 s of a 200-feed refresh where every
 * feed answered 304; this way the 200 requests take about 0.2 s, TLS being set up only when
 * an https feed is fetched.
 *
 * <p>Thread-safe; share one instance. A server that stalls is cut off after the total
 * timeout of its {@link FetchSettings}, headers and body together.
 */
public final class FeedFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json,"
            + " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private final FetchSettings settings;

    public FeedFetcher(FetchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param etag         the last answer's ETag, or null
     * @param lastModified the last answer's Last-Modified, or null
     * @throws FetchException when no answer came (network, timeout, size, bad redirect)
     */
    public FeedResponse fetch(String url, String etag, String lastModified) throws FetchException {
        URI given = Urls.parse(url);
        // Credentials in the URL (a private feed's user:secret@host) go in an Authorization
        // header to that origin only, as for pages.
        String authorization = Urls.basicAuthorization(given);
        String authorizedOrigin = Urls.origin(given);
        URI uri = Urls.withoutUserInfo(given);
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        String movedTo = null;
        boolean permanent = true;
        for (int redirects = 0; ; redirects++) {
            HttpURLConnection connection = send(uri, etag, lastModified,
                    Urls.origin(uri).equals(authorizedOrigin) ? authorization : null, deadline);
            int status = status(connection, uri, deadline);
            if (!REDIRECTS.contains(status) || status == 304) {
                String current = redirects == 0 ? null : movedTo;
                if (status < 200 || status > 299) {
                    Instant retryAfter = status == 429 || status == 503
                            ? retryAfter(connection.getHeaderField("Retry-After")) : null;
                    discard(connection, status);
                    return new FeedResponse(status, new byte[0], uri.toString(), current, null,
                            null, null, retryAfter);
                }
                byte[] body = read(uri, connection, deadline);
                return new FeedResponse(status, body, uri.toString(), current,
                        MediaTypes.charset(connection.getHeaderField("Content-Type")),
                        connection.getHeaderField("ETag"), connection.getHeaderField("Last-Modified"), null);
            }
            String location = connection.getHeaderField("Location");
            discard(connection, status);
            URI next = location == null ? null : Urls.resolve(uri, location);
            next = next == null ? null : Urls.withoutUserInfo(next);
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

    /** A request on its way: connected lazily by {@link #status}. */
    private HttpURLConnection send(URI uri, String etag, String lastModified, String authorization, long deadline)
            throws FetchException {
        java.net.URLConnection opened;
        try {
            // The system's proxy settings (-Dhttp.proxyHost...) apply, as for pages.
            opened = Urls.isHttp(uri) ? uri.toURL().openConnection() : null;
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + Urls.printable(uri.toString()), e);
        }
        if (!(opened instanceof HttpURLConnection connection)) {
            throw new FetchException("not a valid URL: " + Urls.printable(uri.toString()));
        }
        connection.setInstanceFollowRedirects(false); // followed by hand, to report permanent moves
        connection.setUseCaches(false);
        connection.setAllowUserInteraction(false);
        connection.setConnectTimeout(millis(Math.min(settings.connectTimeout().toNanos(), settings.nanosLeft(deadline))));
        connection.setReadTimeout(millis(settings.nanosLeft(deadline)));
        connection.setRequestProperty("User-Agent", settings.userAgent());
        connection.setRequestProperty("Accept", ACCEPT);
        connection.setRequestProperty("Accept-Encoding", "gzip, deflate");
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        if (etag != null && !etag.isBlank() && printable(etag)) {
            connection.setRequestProperty("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank() && printable(lastModified)) {
            connection.setRequestProperty("If-Modified-Since", lastModified);
        }
        return connection;
    }

    /**
     * Connects, sends the request and reads the status and headers by {@code deadline}: the
     * read timeout bounds each wait, and the watchdog the whole (a server that sends its
     * headers a byte at a time).
     */
    private int status(HttpURLConnection connection, URI uri, long deadline) throws FetchException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = Fetcher.atDeadline(deadline, () -> {
            expired.set(true);
            connection.disconnect();
        });
        try {
            int status = connection.getResponseCode();
            if (status < 100) {
                throw new FetchException("not an HTTP answer from " + Urls.hostPort(uri));
            }
            return status;
        } catch (IOException e) {
            connection.disconnect();
            if (expired.get()) {
                throw settings.timedOut(null);
            }
            throw networkFailure(uri, e, deadline);
        } catch (RuntimeException e) {
            // HttpURLConnection throws unchecked errors for some malformed answers (bad header lines)
            connection.disconnect();
            throw new FetchException("network error with " + Urls.hostPort(uri) + " (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private FetchException networkFailure(URI uri, IOException e, long deadline) {
        String where = Urls.hostPort(uri);
        if (isConnectTimeout(e)) {
            return new FetchException("timed out connecting to " + where, e);
        }
        // the read timeout (the time left) or the watchdog's disconnect at the deadline
        if (e instanceof SocketTimeoutException || System.nanoTime() - deadline >= 0) {
            return settings.timedOut(null);
        }
        if (Thread.currentThread().isInterrupted()) {
            return new FetchException("interrupted", e);
        }
        if (e instanceof UnknownHostException) {
            return new FetchException("unknown host: " + uri.getHost(), e);
        }
        if (e instanceof ConnectException) {
            return new FetchException("connection refused: " + where, e);
        }
        if (e instanceof SSLException) {
            return new FetchException("secure connection to " + where + " failed", e);
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof EOFException || message.contains("closed") || message.contains("Unexpected end of file")) {
            return new FetchException("network error with " + where + " (connection closed)", e);
        }
        // JDK messages can quote the server's malformed response, so only the type is named.
        return new FetchException("network error with " + where + " (" + e.getClass().getSimpleName() + ")", e);
    }

    private static boolean isConnectTimeout(IOException e) {
        return e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase().contains("connect");
    }

    private byte[] read(URI uri, HttpURLConnection connection, long deadline) throws FetchException {
        List<String> encodings;
        InputStream raw;
        try {
            encodings = Fetcher.contentEncodings(headerValues(connection, "Content-Encoding"));
            raw = connection.getInputStream();
        } catch (FetchException e) {
            connection.disconnect();
            throw e;
        } catch (IOException e) {
            connection.disconnect();
            throw networkFailure(uri, e, deadline);
        }
        return Fetcher.readBody(raw, encodings, -1, deadline, uri, settings, "feed");
    }

    /** Every value of a header, in order, its name matched without regard to case. */
    private static List<String> headerValues(HttpURLConnection connection, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 1; connection.getHeaderFieldKey(i) != null || connection.getHeaderField(i) != null; i++) {
            if (name.equalsIgnoreCase(connection.getHeaderFieldKey(i))) {
                values.add(connection.getHeaderField(i));
            }
        }
        return values;
    }

    /**
     * Ends an answer whose body is not wanted. A small one is read to its end so that the
     * connection serves the next request to that host; a large or slow one closes it.
     */
    private static void discard(HttpURLConnection connection, int status) {
        try {
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (body == null) {
                return;
            }
            try (body) {
                long length = connection.getContentLengthLong();
                if (length >= 0 && length <= 16384) {
                    body.readNBytes((int) length);
                } else {
                    connection.disconnect();
                }
            }
        } catch (IOException | RuntimeException e) {
            connection.disconnect();
        }
    }

    /** When a Retry-After (seconds or an HTTP date) lets the feed be asked again; null when absent or unreadable. At most a week on. */
    static Instant retryAfter(String header) {
        Instant now = Instant.now();
        Duration wait = RetryAfter.parse(header, now);
        return wait == null ? null : now.plus(wait);
    }

    /** Nanoseconds as a timeout in milliseconds, at least 1 (0 would mean none). */
    private static int millis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Duration.ofNanos(nanos).toMillis()));
    }

    private static boolean printable(String header) {
        return header.length() < 1000 && header.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
