package dev.lede.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The de-duplication key of a URL: two addresses of the same page get the same key.
 * Lower-cases scheme and host, drops the default port, the fragment, a trailing slash and
 * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid} and the like).
 */
public final class UrlNormalizer {
    private static final List<String> TRACKING = List.of("fbclid", "gclid", "dclid", "msclkid",
            "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc", "_hsmi", "mkt_tok");

    private UrlNormalizer() {
    }

    /** The key, or empty when {@code url} is not an absolute URL. */
    public static Optional<String> key(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return Optional.of(uri.normalize().toString());
        }
        if (uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            key.append(uri.getRawUserInfo()).append('@');
        }
        String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
        key.append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        if (!defaultPort) {
            key.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        path = path.replaceAll("/{2,}", "/");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        key.append(path);
        String query = cleanQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            key.append('?').append(query);
        }
        return Optional.of(key.toString());
    }

    /** The lower-case host of a URL without a leading {@code www.}, or "" for files. */
    public static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        return String.join("&", kept);
    }

    private static final java.util.regex.Pattern USER_INFO =
            java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#]*@");

    /**
     * The URL without user-info ({@code http://user:secret@host/} gives {@code http://host/}):
     * credentials are never stored, listed, exported or shown.
     */
    public static String withoutUserInfo(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1");
    }
}
