package dev.lede.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target of a {@code <meta http-equiv="refresh" content="0; url=...">} in a page, which
 * some sites serve instead of an HTTP redirect. Read from the page's first bytes as ASCII
 * (the tag belongs in the head; the extractor parses HTML, this only looks for one tag).
 */
final class MetaRefresh {
    /** How far into a page the tag is looked for. */
    private static final int HEAD_BYTES = 16 * 1024;
    /** Longer delays mean a page that reloads itself to show itself, not a page that moved. */
    private static final double MAX_DELAY_SECONDS = 5;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFRESH = Pattern.compile(
            "\\bhttp-equiv\\s*=\\s*[\"']?\\s*refresh\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile(
            "\\bcontent\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d*)?)?\\s*[;,]?\\s*(?:url\\s*=\\s*)?(?:[\"']?)([^\"']*)[\"']?\\s*",
            Pattern.CASE_INSENSITIVE);

    private MetaRefresh() {
    }

    /**
     * Where an HTML page sends the reader at once, resolved against {@code base}; null when
     * it has no such tag, waits longer than a few seconds, or names no usable URL.
     */
    static URI target(byte[] body, URI base) {
        String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            String tag = meta.group();
            if (!REFRESH.matcher(tag).find()) {
                continue;
            }
            Matcher content = CONTENT.matcher(tag);
            if (!content.find()) {
                return null;
            }
            String value = content.group(1) != null ? content.group(1)
                    : content.group(2) != null ? content.group(2) : content.group(3);
            Matcher parts = VALUE.matcher(value.replace("&amp;", "&"));
            if (!parts.matches() || parts.group(2).isBlank()) {
                return null;
            }
            double delay = parts.group(1) == null ? 0 : Double.parseDouble(parts.group(1));
            if (delay > MAX_DELAY_SECONDS) {
                return null;
            }
            return Urls.resolve(base, parts.group(2).strip());
        }
        return null;
    }
}
