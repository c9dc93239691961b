package dev.lede.fetch;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading {@code Content-Type} headers and guessing a type from a body's first bytes. */
final class MediaTypes {
    /** Types whose body is an article to extract; everything else is refused. */
    static final Set<String> ARTICLES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    /** Sent when the server gives no type, or the catch-all one: the body decides. */
    static final String UNKNOWN = "application/octet-stream";

    // RFC 7231 token characters; anything else in a header is not repeated to the user.
    private static final Pattern TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

    private MediaTypes() {
    }

    /**
     * The media type of a {@code Content-Type} header, lower case and without parameters,
     * or null when the header is missing or not a well-formed type.
     */
    static String mediaType(String header) {
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        String type = (semicolon < 0 ? header : header.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return type.length() <= 100 && TYPE.matcher(type).matches() ? type : null;
    }

    /**
     * The charset parameter of a {@code Content-Type} header under its canonical Java name
     * (so {@code Windows-1252} and {@code cp1252} both give {@code windows-1252}), or null
     * when none is given or the JDK does not know it, so the extractor falls back to the
     * page's own declaration.
     */
    static String charset(String header) {
        if (header == null) {
            return null;
        }
        for (String parameter : header.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                continue;
            }
            String name = parameter.substring(equals + 1).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).strip();
            }
            try {
                return Charset.forName(name).name();
            } catch (IllegalArgumentException unknownOrIllegal) {
                return null;
            }
        }
        return null;
    }

    static boolean isArticle(String mediaType) {
        return ARTICLES.contains(mediaType);
    }

    /**
     * Guesses the type of a body from its first bytes, for servers that send none: known
     * binary signatures first, then markup, then anything that looks like text. Returns
     * {@link #UNKNOWN} for other binary data.
     */
    static String sniff(byte[] body) {
        if (startsWith(body, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(body, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return "image/png";
        }
        if (startsWith(body, 0, "GIF87a") || startsWith(body, 0, "GIF89a")) {
            return "image/gif";
        }
        if (startsWith(body, 0, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (startsWith(body, 0, "RIFF") && startsWith(body, 8, "WEBP")) {
            return "image/webp";
        }
        if (startsWith(body, 0, "RIFF") && startsWith(body, 8, "WAVE")) {
            return "audio/wav";
        }
        if (startsWith(body, 0, "OggS")) {
            return "audio/ogg";
        }
        if (startsWith(body, 0, "ID3") || startsWith(body, 0, 0xff, 0xfb)) {
            return "audio/mpeg";
        }
        if (startsWith(body, 4, "ftyp")) {
            return "video/mp4";
        }
        if (startsWith(body, 0, 0x1a, 0x45, 0xdf, 0xa3)) {
            return "video/webm";
        }
        if (startsWith(body, 0, 'P', 'K', 0x03, 0x04)) {
            return "application/zip";
        }
        if (startsWith(body, 0, 0x1f, 0x8b)) {
            return "application/gzip";
        }
        if (looksLikeMarkup(body)) {
            return "text/html";
        }
        return looksLikeText(body) ? "text/plain" : UNKNOWN;
    }

    private static boolean looksLikeMarkup(byte[] body) {
        int start = skipBomAndSpace(body);
        String head = new String(body, start, Math.min(body.length - start, 512),
                java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String opener : new String[] {"<!doctype html", "<html", "<head", "<body", "<!--",
                "<?xml", "<meta", "<title", "<p>", "<div", "<article", "<h1", "<script"}) {
            if (head.startsWith(opener)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text has no NUL bytes and few other control characters in its first 1024 bytes; UTF-16
     * is not recognised, which is rare enough on the web to refuse.
     */
    private static boolean looksLikeText(byte[] body) {
        int end = Math.min(body.length, 1024);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++;
            }
        }
        return controls * 20 <= end;
    }

    private static int skipBomAndSpace(byte[] body) {
        int i = startsWith(body, 0, 0xef, 0xbb, 0xbf) ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n'
                || body[i] == '\r' || body[i] == '\f')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] body, int offset, String ascii) {
        return startsWith(body, offset, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] body, int offset, int... expected) {
        if (body.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((body[offset + i] & 0xff) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
