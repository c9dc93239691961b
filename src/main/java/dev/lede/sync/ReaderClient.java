package dev.lede.sync;

import dev.lede.model.SyncedFeed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A client of one Google Reader API account. It logs in with ClientLogin when it has no
 * session, and once more when the server answers 401 to a session it had (sessions expire);
 * the edit token ({@code T}) is asked for on the first change and again when refused.
 * Not thread-safe: one sync uses one client.
 */
public final class ReaderClient {
    public static final String READING_LIST = "user/-/state/com.google/reading-list";
    public static final String READ = "user/-/state/com.google/read";
    public static final String STARRED = "user/-/state/com.google/starred";
    private static final String LABEL = "user/-/label/";
    private Duration timeout = Duration.ofSeconds(60);
    /** A page of 250 items with their content is a few MB; more than this is not an API answer. */
    private static final int MAX_BODY = 64 << 20;
    private static final ScheduledExecutorService WATCHDOG =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lede-sync-watchdog");
                t.setDaemon(true);
                return t;
            });

    private final HttpClient http;
    private final String base;
    private final String user;
    private final String password;
    private final Consumer<String> onLogin;
    private final AtomicInteger requests = new AtomicInteger();
    private String auth;
    private String token;

    /**
     * @param baseUrl  the API's address, e.g. {@code https://rss.example.net/api/greader.php}
     * @param auth     a session kept from an earlier login, or null to log in first
     * @param onLogin  told each new session, so that the caller can keep it
     */
    public ReaderClient(String baseUrl, String user, String password, String auth, Consumer<String> onLogin) {
        this.base = baseUrl.strip().replaceAll("/+$", "");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.auth = auth;
        this.onLogin = onLogin == null ? a -> { } : onLogin;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Waits at most {@code timeout} for each answer, headers and body (tests shorten it). */
    ReaderClient timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** How many HTTP requests this client has made: syncs are measured by it. */
    public int requests() {
        return requests.get();
    }

    /** Logs in with the user name and password, and returns the new session. */
    public String login() throws SyncException {
        Answer r = send(HttpRequest.newBuilder(uri("/accounts/ClientLogin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(List.of("Email", user, "Passwd", password)))));
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            throw new SyncException(SyncException.Kind.UNAUTHORIZED,
                    "the server refused user '" + user + "' and its password (HTTP " + r.statusCode()
                            + "); check them, then run 'lede sync add' again");
        }
        if (r.statusCode() == 404 || r.statusCode() == 405) {
            throw new SyncException(SyncException.Kind.PROTOCOL, "no Google Reader API at " + base + " (HTTP "
                    + r.statusCode() + "); FreshRSS's address ends in /api/greader.php, Miniflux's is the site's root");
        }
        failOnError(r, "log-in");
        for (String line : r.body().split("\n")) {
            if (line.startsWith("Auth=") && line.length() > 5) {
                auth = line.substring(5).strip();
                token = null;
                onLogin.accept(auth);
                return auth;
            }
        }
        throw new SyncException(SyncException.Kind.PROTOCOL,
                "the log-in answer has no Auth line: is " + base + " a Google Reader API address?");
    }

    /** The edit token that every change must carry. */
    public String token() throws SyncException {
        Answer r = call("GET", "/reader/api/0/token", List.of());
        token = r.body().strip();
        return token;
    }

    /** Every subscription with its folders. */
    public List<SyncedFeed> subscriptions() throws SyncException {
        Map<String, Object> json = object(call("GET", "/reader/api/0/subscription/list", List.of("output", "json")));
        List<SyncedFeed> out = new ArrayList<>();
        for (Object o : list(json.get("subscriptions"))) {
            Map<String, Object> s = map(o);
            List<String> folders = new ArrayList<>();
            for (Object c : list(s.get("categories"))) {
                String id = text(map(c).get("id"));
                String label = text(map(c).get("label"));
                if (id != null && id.contains("/label/")) {
                    folders.add(label != null ? label : id.substring(id.indexOf("/label/") + 7));
                }
            }
            String id = text(s.get("id"));
            String url = text(s.get("url"));
            if (id != null) {
                out.add(new SyncedFeed(id, url != null ? url : id.replaceFirst("^feed/", ""),
                        text(s.get("title")), text(s.get("htmlUrl")), folders));
            }
        }
        return out;
    }

    /** Subscribes to the feed at {@code url} and returns its stream id. */
    public String quickAdd(String url) throws SyncException {
        Map<String, Object> json = object(change("/reader/api/0/subscription/quickadd", List.of("quickadd", url)));
        String id = text(json.get("streamId"));
        if (id == null || id.isEmpty()) {
            String error = text(json.get("error"));
            throw new SyncException(SyncException.Kind.SERVER, "the server could not subscribe to " + url
                    + (error != null ? ": " + error : ""));
        }
        return id;
    }

    /** Unsubscribes from a feed. */
    public void unsubscribe(String streamId) throws SyncException {
        change("/reader/api/0/subscription/edit", List.of("ac", "unsubscribe", "s", streamId));
    }

    /** Files a subscription under {@code add} folders and out of {@code remove} folders. */
    public void editFolders(String streamId, Collection<String> add, Collection<String> remove) throws SyncException {
        List<String> params = new ArrayList<>(List.of("ac", "edit", "s", streamId));
        add.forEach(f -> params.addAll(List.of("a", LABEL + f)));
        remove.forEach(f -> params.addAll(List.of("r", LABEL + f)));
        change("/reader/api/0/subscription/edit", params);
    }

    /**
     * One page of a stream's items, newest first.
     *
     * @param exclude      a state its items must not have (e.g. {@link #READ}), or null
     * @param newerThan    only items the server got after this, or null
     * @param continuation from the previous page, or null for the first
     */
    public StreamPage contents(String streamId, String exclude, Instant newerThan, int count, String continuation)
            throws SyncException {
        List<String> params = new ArrayList<>(List.of("output", "json", "n", String.valueOf(count)));
        if (exclude != null) {
            params.addAll(List.of("xt", exclude));
        }
        if (newerThan != null) {
            params.addAll(List.of("ot", String.valueOf(newerThan.getEpochSecond())));
        }
        if (continuation != null) {
            params.addAll(List.of("c", continuation));
        }
        String path = "/reader/api/0/stream/contents/" + URLEncoder.encode(streamId, StandardCharsets.UTF_8)
                .replace("%2F", "/");
        Map<String, Object> json = object(call("GET", path, params));
        String next = text(json.get("continuation"));
        return new StreamPage(items(json), next == null || next.isEmpty() ? null : next);
    }

    /** The items with these ids, with their content. */
    public List<ServerItem> contentsOf(Collection<Long> ids) throws SyncException {
        List<String> params = new ArrayList<>(List.of("output", "json"));
        ids.forEach(id -> params.addAll(List.of("i", String.valueOf(id))));
        // A read that goes as a POST, as its ids would overflow a URL.
        return items(object(call("POST", "/reader/api/0/stream/items/contents", params)));
    }

    /** The ids of every item of a stream (without those in state {@code exclude}), all pages. */
    public Set<Long> itemIds(String streamId, String exclude) throws SyncException {
        Set<Long> ids = new LinkedHashSet<>();
        String continuation = null;
        do {
            List<String> params = new ArrayList<>(List.of("output", "json", "s", streamId, "n", "10000"));
            if (exclude != null) {
                params.addAll(List.of("xt", exclude));
            }
            if (continuation != null) {
                params.addAll(List.of("c", continuation));
            }
            Map<String, Object> json = object(call("GET", "/reader/api/0/stream/items/ids", params));
            for (Object ref : list(json.get("itemRefs"))) {
                String id = text(map(ref).get("id"));
                if (id != null) {
                    ids.add(parseId(id));
                }
            }
            String next = text(json.get("continuation"));
            continuation = next == null || next.isEmpty() ? null : next;
        } while (continuation != null);
        return ids;
    }

    /** Adds the state {@code add} to items, or takes away {@code remove} (either may be null). */
    public void editTag(Collection<Long> ids, String add, String remove) throws SyncException {
        if (ids.isEmpty()) {
            return;
        }
        List<String> params = new ArrayList<>();
        ids.forEach(id -> params.addAll(List.of("i", ItemIds.tag(id))));
        if (add != null) {
            params.addAll(List.of("a", add));
        }
        if (remove != null) {
            params.addAll(List.of("r", remove));
        }
        change("/reader/api/0/edit-tag", params);
    }

    // ---- plumbing ----

    private List<ServerItem> items(Map<String, Object> json) throws SyncException {
        List<ServerItem> out = new ArrayList<>();
        for (Object o : list(json.get("items"))) {
            Map<String, Object> item = map(o);
            String id = text(item.get("id"));
            if (id == null) {
                continue;
            }
            boolean read = false;
            boolean starred = false;
            for (Object c : list(item.get("categories"))) {
                String category = text(c);
                read |= category != null && category.endsWith("/state/com.google/read");
                starred |= category != null && category.endsWith("/state/com.google/starred");
            }
            String content = text(map(item.get("content")).get("content"));
            if (content == null) {
                content = text(map(item.get("summary")).get("content"));
            }
            String link = href(item.get("canonical"));
            if (link == null) {
                link = href(item.get("alternate"));
            }
            Instant published = item.get("published") instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null;
            out.add(new ServerItem(parseId(id), text(map(item.get("origin")).get("streamId")), text(item.get("title")),
                    link, published, text(item.get("author")), content, read, starred));
        }
        return out;
    }

    private static String href(Object links) {
        for (Object l : list(links)) {
            String href = text(map(l).get("href"));
            if (href != null && !href.isBlank()) {
                return href;
            }
        }
        return null;
    }

    private static long parseId(String id) throws SyncException {
        try {
            return ItemIds.parse(id);
        } catch (IllegalArgumentException e) {
            throw new SyncException(SyncException.Kind.PROTOCOL, "the server sent an item id Lede cannot read: " + id);
        }
    }

    /** A POST that changes something: carries the edit token, asked again once if refused. */
    private Answer change(String path, List<String> params) throws SyncException {
        for (int attempt = 0; ; attempt++) {
            if (token == null) {
                token();
            }
            List<String> withToken = new ArrayList<>(params);
            withToken.addAll(List.of("T", token));
            try {
                return call("POST", path, withToken);
            } catch (BadToken e) {
                token = null;
                if (attempt > 0) {
                    throw new SyncException(SyncException.Kind.SERVER, "the server refused its own edit token twice");
                }
            }
        }
    }

    /** Refused edit token: the caller asks for a new one. */
    private static final class BadToken extends SyncException {
        BadToken() {
            super(Kind.SERVER, "bad edit token");
        }
    }

    /** A request with the session, logging in first when there is none, and again once on 401. */
    private Answer call(String method, String path, List<String> params) throws SyncException {
        boolean loggedInNow = false;
        if (auth == null) {
            login();
            loggedInNow = true;
        }
        while (true) {
            String query = form(params);
            HttpRequest.Builder b = method.equals("GET")
                    ? HttpRequest.newBuilder(uri(path + (query.isEmpty() ? "" : "?" + query))).GET()
                    : HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(query));
            Answer r = send(b.header("Authorization", "GoogleLogin auth=" + auth));
            if (r.statusCode() == 401 && r.headers().firstValue("X-Reader-Google-Bad-Token").isPresent()) {
                throw new BadToken();
            }
            if (r.statusCode() == 401 && !loggedInNow) {
                login(); // the session expired: once
                loggedInNow = true;
                continue;
            }
            if (r.statusCode() == 401) {
                throw new SyncException(SyncException.Kind.UNAUTHORIZED,
                        "the server refused a session it had just given (HTTP 401); try 'lede sync' again");
            }
            failOnError(r, path.replaceFirst("^/reader/api/0/", ""));
            return r;
        }
    }

    private void failOnError(Answer r, String what) throws SyncException {
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        throw new SyncException(SyncException.Kind.SERVER, "the sync server answered HTTP " + status + " to "
                + what + (status >= 500 ? "; it may be down or busy, try again later" : "") );
    }

    /** An answer, its body read whole (up to {@link #MAX_BODY}). */
    private record Answer(int statusCode, String body, HttpHeaders headers, URI uri) {
    }

    private Answer send(HttpRequest.Builder request) throws SyncException {
        requests.incrementAndGet();
        try {
            HttpResponse<InputStream> r = http.send(request.timeout(timeout).header("User-Agent", "Lede").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            // The request's timeout covers the headers only: a body that stalls is cut by closing it.
            AtomicBoolean cut = new AtomicBoolean();
            try (InputStream in = r.body()) {
                ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
                    cut.set(true);
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // closed already
                    }
                }, timeout.toMillis(), TimeUnit.MILLISECONDS);
                try {
                    body = in.readNBytes(MAX_BODY + 1);
                } catch (IOException e) {
                    if (cut.get()) {
                        throw new HttpTimeoutException("body timed out");
                    }
                    throw e;
                } finally {
                    guard.cancel(false);
                }
            }
            if (body.length > MAX_BODY) {
                throw new SyncException(SyncException.Kind.PROTOCOL, "the sync server's answer to " + r.uri().getPath()
                        + " is larger than " + (MAX_BODY >> 20) + " MB; Lede stopped reading it");
            }
            return new Answer(r.statusCode(), new String(body, StandardCharsets.UTF_8), r.headers(), r.uri());
        } catch (HttpTimeoutException e) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, "the sync server at " + base
                    + " did not answer in time; try again later");
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, "cannot reach the sync server at " + base
                    + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' '))
                    + "); check the address and that it is up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncException.Kind.UNREACHABLE, "sync interrupted");
        }
    }

    private URI uri(String path) throws SyncException {
        try {
            URI u = URI.create(base + path);
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new SyncException(SyncException.Kind.PROTOCOL, "not an http(s) address: " + base);
        }
    }

    private static String form(List<String> pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private Map<String, Object> object(Answer r) throws SyncException {
        try {
            if (ReaderJson.parse(r.body()) instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> json = (Map<String, Object>) m;
                return json;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new SyncException(SyncException.Kind.PROTOCOL, "the sync server's answer to " + r.uri().getPath()
                + " is not the JSON the API gives: is " + base + " a Google Reader API address?");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static String text(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Number n) {
            return n instanceof Double || n instanceof Float ? n.toString() : String.valueOf(n.longValue());
        }
        return null;
    }
}
