package dev.lede.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turning what users paste and what servers put in {@code Location} into URIs the HTTP
 * client accepts: browsers show {@code https://bücher.example/Köln seite}, the wire needs
 * {@code https://xn--bcher-kva.example/K%C3%B6ln%20seite}.
 */
final class Urls {
    private static final Pattern ABSOLUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)(.*)",
            Pattern.DOTALL);
    private static final String HEX = "0123456789ABCDEF";

    private Urls() {
    }

    /** A user's URL as an absolute http(s) URI without a fragment. */
    static URI parse(String url) throws FetchException {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw new FetchException("no URL given");
        }
        Matcher absolute = ABSOLUTE.matcher(text);
        String scheme = absolute.matches() ? absolute.group(1).toLowerCase(Locale.ROOT)
                : text.contains(":") ? text.substring(0, text.indexOf(':')) : "";
        // A path is no web address; the library's caller says how to save a file. A
        // protocol-relative //host/x is no path: it falls to the http(s) check below.
        boolean path = text.startsWith("/") && !text.startsWith("//")
                || text.startsWith("./") || text.startsWith("../") || text.startsWith("~");
        if (scheme.isEmpty() && path) {
            throw new FetchException("not a web address: " + printable(text));
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https URLs can be saved: " + printable(text));
        }
        URI uri = toUri(text);
        if (uri == null || uri.getHost() == null) {
            throw new FetchException("not a valid URL: " + printable(text));
        }
        return uri;
    }

    /**
     * A {@code Location} header resolved against the URL that sent it, or null when it is
     * not a usable URL.
     */
    static URI resolve(URI base, String location) {
        String text = location.strip();
        if (text.isEmpty()) {
            return null;
        }
        URI reference = ABSOLUTE.matcher(text).matches() ? toUri(text) : encodeToUri(text);
        if (reference == null) {
            return null;
        }
        // URI.resolve mishandles a base with an empty path ("http://h" + "a" gives "http://ha").
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
            base = base.resolve("/");
        }
        URI resolved = withoutFragment(base.resolve(reference));
        return resolved.getHost() == null ? null : resolved;
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    /** Host and port as shown in messages, e.g. {@code example.com:443}. */
    static String hostPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort()
                : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static URI toUri(String absolute) {
        Matcher m = ABSOLUTE.matcher(absolute);
        if (!m.matches()) {
            return null;
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        String port = "";
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon);
        }
        try {
            if (!host.startsWith("[")) {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException notAHostName) {
            return null;
        }
        return encodeToUri(m.group(1).toLowerCase(Locale.ROOT) + "://" + userInfo + host + port
                + m.group(3));
    }

    /** Percent-encodes what URIs forbid (spaces, non-ASCII, stray %) and keeps the rest. */
    private static URI encodeToUri(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.append(c);
            } else if (c < 0x20 || c == 0x7f) {
                return null;
            } else if (c > 0x7e || " \"<>\\^`{|}%".indexOf(c) >= 0) {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        try {
            return withoutFragment(new URI(out.toString()));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    /**
     * The URI without its user-info ({@code user:secret@}): what Lede requests, stores and
     * prints. The credentials travel only in an Authorization header (see {@link #basicAuthorization}).
     */
    static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        return URI.create(USER_INFO.matcher(uri.toString()).replaceFirst("$1"));
    }

    /** A Basic {@code Authorization} header value for the URI's user-info, or null when it has none. */
    static String basicAuthorization(URI uri) {
        String userInfo = uri.getUserInfo(); // decoded: %40 is an '@' of the password
        if (userInfo == null) {
            return null;
        }
        return "Basic " + java.util.Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    /** Scheme, host and port: credentials given for one origin are never sent to another. */
    static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + hostPort(uri).toLowerCase(Locale.ROOT);
    }

    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#]*@");

    /** User input repeated in a message, without control characters or credentials. */
    static String printable(String text) {
        text = USER_INFO.matcher(text.strip()).replaceFirst("$1");
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return shown.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
