package dev.lede.fetch;

import dev.lede.model.Page;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Fetches one web page over HTTP or HTTPS for saving: follows redirects, enforces the
 * timeouts and size limit of its {@link FetchSettings}, decodes gzip and deflate, and
 * refuses what is not an article (PDFs, images, audio, video, other binaries).
 *
 * <p>Thread-safe: one instance (and its one {@link HttpClient}, with its connection pool)
 * serves any number of concurrent {@link #fetch} calls, so make one and share it.
 * Interrupting a thread that waits for a server's answer ends its fetch with
 * {@code interrupted}; the JDK ignores interrupts while a body is read, so such a fetch ends
 * at the latest when the total timeout closes the stream.
 */
public final class Fetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT =
            "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern COOKIE_VALUE = Pattern.compile("\"?[!#-+\\--:<-\\[\\]-~]*\"?");

    /**
     * Closes body streams whose fetch ran out of time: {@code HttpRequest.timeout} stops at
     * the headers, so a server that stalls mid-body would otherwise block a reader for good
     * (JDK-8258397). One daemon thread suffices, as closing a stream is instant.
     */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private final FetchSettings settings;
    private final HttpClient client;

    /** A fetcher with {@link FetchSettings#defaults()}. */
    public Fetcher() {
        this(FetchSettings.defaults());
    }

    public Fetcher(FetchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // Redirects are followed by hand to count them, spot loops and refuse non-http targets.
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies); // honours -Dhttp(s).proxyHost like the rest of the JDK
        }
        this.client = builder.build();
    }

    /**
     * Fetches the page at {@code url} (http or https), following redirects.
     *
     * @return the body (decoded from gzip/deflate), the final URL after redirects, the media
     *         type (sniffed from the body when the server sent none) and the header's charset
     * @throws FetchException with a one-line reason when no article could be fetched
     */
    public Page fetch(String url) throws FetchException {
        URI given = Urls.parse(url);
        // Credentials in the URL (user:secret@host) go in an Authorization header to that
        // origin only; the URL requested, returned (and so stored and printed) is without them.
        String authorization = Urls.basicAuthorization(given);
        String authorizedOrigin = Urls.origin(given);
        URI uri = Urls.withoutUserInfo(given);
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        // Some sites set a cookie and redirect to the same URL; replaying cookies within one
        // chain (never across fetches or hosts) lets those finish instead of looking like loops.
        Map<String, Map<String, String>> cookiesByHost = new HashMap<>();
        Set<String> seen = new HashSet<>();
        boolean waited = false;
        for (int redirects = 0; ; redirects++) {
            String cookies = cookieHeader(cookiesByHost, uri);
            seen.add(uri + " " + cookies);
            HttpResponse<InputStream> response = send(uri, cookies,
                    Urls.origin(uri).equals(authorizedOrigin) ? authorization : null, deadline);
            int status = response.statusCode();
            URI next;
            if (!REDIRECTS.contains(status)) {
                if (status < 200 || status > 299 || status == 204 || status == 205) {
                    closeQuietly(response.body());
                    if (!waited && RetryAfter.applies(status)) {
                        Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now());
                        if (wait != null) {
                            waitOnce(status, wait, deadline);
                            waited = true;
                            redirects--; // the same request again, not a redirect
                            continue;
                        }
                    }
                    throw new FetchException(Statuses.describe(status)
                            + (waited ? " (also after waiting as the server asked)" : ""));
                }
                Page page = read(uri, response, deadline);
                // A page that only sends the reader on (<meta http-equiv=refresh>) counts as a redirect.
                next = "text/html".equals(page.contentType()) ? MetaRefresh.target(page.body(), uri) : null;
                if (next == null || !Urls.isHttp(next)) {
                    return page;
                }
                next = Urls.withoutUserInfo(next);
            } else {
                closeQuietly(response.body());
                rememberCookies(cookiesByHost, uri, response.headers());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(Statuses.describe(status) + " without a Location");
                }
                next = Urls.resolve(uri, location);
                if (next == null) {
                    throw new FetchException("bad redirect from " + Urls.printable(uri.toString()));
                }
                if (!Urls.isHttp(next)) {
                    throw new FetchException("only http and https URLs can be saved: " + Urls.printable(next.toString()));
                }
                next = Urls.withoutUserInfo(next);
            }
            if (seen.contains(next + " " + cookieHeader(cookiesByHost, next))) {
                throw new FetchException("redirect loop at " + Urls.printable(next.toString()));
            }
            if (redirects == settings.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + settings.maxRedirects() + ")");
            }
            uri = next;
        }
    }

    /**
     * Waits as a 429 or 503's {@code Retry-After} asks, once, when that fits in the time left
     * for the fetch; otherwise fails at once saying how long the server asked for.
     */
    private void waitOnce(int status, Duration wait, long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        // a second left over for the request itself
        if (wait.toNanos() > left - TimeUnit.SECONDS.toNanos(1)) {
            String asked = wait.compareTo(RetryAfter.MOST) >= 0 ? "a week or more" : Math.max(1, wait.toSeconds()) + " s";
            throw new FetchException(Statuses.describe(status) + "; the server asks to retry in " + asked
                    + ", longer than this fetch may take; try again later");
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        }
    }

    private HttpResponse<InputStream> send(URI uri, String cookies, String authorization, long deadline)
            throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(settings.nanosLeft(deadline)))
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // Otherwise the client asks plain-http servers to upgrade to h2c, which some reject.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + uri, e);
        } catch (IOException e) {
            throw networkFailure(uri, e);
        }
    }

    private Page read(URI uri, HttpResponse<InputStream> response, long deadline) throws FetchException {
        InputStream raw = response.body();
        HttpHeaders headers = response.headers();
        String typeHeader = headers.firstValue("Content-Type").orElse(null);
        String declared = MediaTypes.mediaType(typeHeader);
        boolean sniff = declared == null || declared.equals(MediaTypes.UNKNOWN);
        if (!sniff && !MediaTypes.isArticle(declared)) {
            closeQuietly(raw); // before reading: no need to download a 40 MB video to refuse it
            throw new FetchException("not an article: " + declared);
        }
        List<String> encodings;
        try {
            encodings = contentEncodings(headers);
        } catch (FetchException e) {
            closeQuietly(raw);
            throw e;
        }
        long length = headers.firstValueAsLong("Content-Length").orElse(-1);
        if (encodings.isEmpty() && length > settings.maxBodyBytes()) {
            closeQuietly(raw);
            throw tooLarge();
        }

        byte[] body = readBody(raw, encodings, length, deadline, uri, settings, "page");

        if (body.length == 0) {
            throw new FetchException("empty page");
        }
        String sniffed = MediaTypes.sniff(body);
        String type = sniff ? sniffed : declared;
        // A binary signature overrides a declared text type: a PDF served as text/html is still a PDF.
        if (!MediaTypes.isArticle(type)
                || (!MediaTypes.isArticle(sniffed) && !sniffed.equals(MediaTypes.UNKNOWN))) {
            throw new FetchException("not an article: " + (MediaTypes.isArticle(type) ? sniffed : type));
        }
        return new Page(body, uri.toString(), type, MediaTypes.charset(typeHeader));
    }

    /** Content codings in the order to undo them (the last applied comes first). */
    static List<String> contentEncodings(HttpHeaders headers) throws FetchException {
        return contentEncodings(headers.allValues("Content-Encoding"));
    }

    /** Content codings in the order to undo them, from the {@code Content-Encoding} header's values. */
    static List<String> contentEncodings(List<String> values) throws FetchException {
        List<String> encodings = new ArrayList<>();
        for (String value : values) {
            for (String coding : value.split(",")) {
                String name = coding.strip().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "", "identity" -> { }
                    case "gzip", "x-gzip" -> encodings.add("gzip");
                    case "deflate" -> encodings.add("deflate");
                    default -> throw new FetchException("unsupported content encoding: "
                            + (COOKIE_NAME.matcher(name).matches() && name.length() < 40 ? name : "?"));
                }
            }
        }
        Collections.reverse(encodings);
        return encodings;
    }

    static InputStream decode(InputStream in, List<String> encodings) throws IOException {
        for (String encoding : encodings) {
            if (encoding.equals("gzip")) {
                in = new GZIPInputStream(in, 8192);
            } else {
                // "deflate" should be zlib-wrapped, but some servers send raw deflate: look first.
                BufferedInputStream buffered = new BufferedInputStream(in, 8192);
                buffered.mark(2);
                int cmf = buffered.read();
                int flg = buffered.read();
                buffered.reset();
                boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
                Inflater inflater = new Inflater(!zlib);
                in = new InflaterInputStream(buffered, inflater, 8192) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            inflater.end(); // a stream given an Inflater does not end it
                        }
                    }
                };
            }
        }
        return in;
    }

    /**
     * Reads a response body by {@code deadline}, undoing its content codings and failing as
     * soon as it passes the settings' cap (zip bombs included; {@code what} names the body in
     * that message). Pages and feeds both read through here. The stream is closed in the end.
     */
    static byte[] readBody(InputStream raw, List<String> encodings, long declaredLength, long deadline, URI uri,
                           FetchSettings settings, String what) throws FetchException {
        long left;
        try {
            left = settings.nanosLeft(deadline);
        } catch (FetchException timedOut) {
            closeQuietly(raw);
            throw timedOut;
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(raw);
        }, left, TimeUnit.NANOSECONDS);
        InputStream decoded = raw;
        try {
            decoded = decode(raw, encodings);
            long max = settings.maxBodyBytes();
            int initial = (int) Math.min(Math.max(declaredLength, 8192), Math.min(max + 1, 1 << 20));
            ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
            byte[] buffer = new byte[16384];
            long total = 0;
            for (int n; (n = decoded.read(buffer)) != -1; ) {
                total += n;
                if (total > max) {
                    throw new FetchException(what + " larger than " + Statuses.size(max));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            // A socket's read timeout (feeds set it to the time left) ends a stalled body too.
            if (expired.get() || e instanceof java.net.SocketTimeoutException) {
                throw settings.timedOut(e);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new FetchException("interrupted", e);
            }
            if (e instanceof ZipException || (e instanceof EOFException && !encodings.isEmpty())) {
                throw new FetchException("damaged " + String.join("+", encodings) + " data from "
                        + uri.getHost(), e);
            }
            throw new FetchException("connection lost while reading from " + Urls.hostPort(uri), e);
        } finally {
            watchdog.cancel(false);
            closeQuietly(decoded); // ends the decoders' native zlib memory too
            closeQuietly(raw);
        }
    }

    private FetchException networkFailure(URI uri, IOException e) {
        String where = Urls.hostPort(uri);
        if (e instanceof HttpConnectTimeoutException) {
            return new FetchException("timed out connecting to " + where, e);
        }
        if (e instanceof HttpTimeoutException) {
            return settings.timedOut(e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new FetchException("unknown host: " + uri.getHost(), e);
            }
            if (t instanceof SSLException) {
                return new FetchException("secure connection to " + where + " failed", e);
            }
        }
        if (e instanceof ConnectException) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return new FetchException((message.contains("refused") || e.getMessage() == null
                    ? "connection refused: " : "could not connect to ") + where, e);
        }
        if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("closed")) {
            return new FetchException("connection closed by " + where, e);
        }
        // JDK messages can quote the server's malformed response, so only the type is named.
        return new FetchException("network error with " + where + " (" + e.getClass().getSimpleName() + ")", e);
    }

    private FetchException tooLarge() {
        return new FetchException("page larger than " + Statuses.size(settings.maxBodyBytes()));
    }

    private static String cookieHeader(Map<String, Map<String, String>> cookiesByHost, URI uri) {
        Map<String, String> cookies = cookiesByHost.get(uri.getHost());
        if (cookies == null) {
            return "";
        }
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                .append(name).append('=').append(value));
        return header.toString();
    }

    private static void rememberCookies(Map<String, Map<String, String>> cookiesByHost, URI uri,
                                        HttpHeaders headers) {
        for (String setCookie : headers.allValues("Set-Cookie")) {
            int semicolon = setCookie.indexOf(';');
            String pair = semicolon < 0 ? setCookie : setCookie.substring(0, semicolon);
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (COOKIE_NAME.matcher(name).matches() && COOKIE_VALUE.matcher(value).matches()) {
                cookiesByHost.computeIfAbsent(uri.getHost(), h -> new LinkedHashMap<>()).put(name, value);
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // Nothing more to release; the fetch has already succeeded or failed.
        }
    }

    /** Runs {@code action} (which must be quick) when {@code deadline} of {@link System#nanoTime} passes, unless cancelled. */
    static ScheduledFuture<?> atDeadline(long deadline, Runnable action) {
        return WATCHDOG.schedule(action, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "lede-fetch-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true); // finished fetches leave no 30 s tasks behind
        return executor;
    }
}
