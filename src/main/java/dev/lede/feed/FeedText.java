package dev.lede.feed;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Parser;

/** Small text helpers shared by the readers: plain titles, trimmed HTML, resolved links. */
final class FeedText {
    // The part before '@' takes no '@': with it, "a@b@c@..." was quadratic (only a length cap bounded it).
    private static final Pattern MAIL_THEN_NAME = Pattern.compile("[^\\s()<>@]+@[^\\s()<>]+\\s*\\((.+)\\)");
    private static final Pattern NAME_THEN_MAIL = Pattern.compile("(.*?)\\s*[(<]\\s*(?:mailto:)?[^\\s()<>@]+@[^\\s()<>]+\\s*[)>]");
    /** An attribute that may need resolving: a link not starting with a scheme or #, or any srcset (a later candidate may be relative). */
    private static final Pattern RELATIVE_URL = Pattern.compile(
            "(?i)\\b(?:(?:href|src|poster)\\s*+=\\s*+[\"']?+(?![\\s\"']*+(?:[a-z][a-z0-9+.-]*:|#))|srcset\\s*+=)");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://.+");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][^<>]*>");
    /** A link attribute in a tag: group 1 up to the value, group 2 its name, group 3 the value with its quotes. */
    private static final Pattern LINK_ATTRIBUTE = Pattern.compile(
            "(?i)(\\s(href|src|srcset|poster)\\s*+=\\s*+)(\"[^\"]*+\"|'[^']*+'|[^\\s\"'>]++)");

    private FeedText() {
    }

    /**
     * Plain text for titles, authors, ids: markup and entities are decoded, as feeds put HTML
     * in titles (escaped or not); whitespace is collapsed. Null for blank input.
     */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        if (s.indexOf('<') >= 0) {
            s = Jsoup.parseBodyFragment(s).text();
        } else if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        s = valid(s.replaceAll("[\\s\\u00a0]+", " ").strip()); // a no-break space is a space in a one-line title
        return s.isEmpty() ? null : s;
    }

    /**
     * Plain text that is not markup (JSON Feed's titles): character references are decoded, as
     * publishers write {@code &#8217;} there, but tags are text and stay as they are.
     */
    static String literal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        s = valid(s.replaceAll("\\s+", " ").strip());
        return s.isEmpty() ? null : s;
    }

    /** Text that is already text (Atom's {@code type="text"}), on one line; null when blank. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String s = valid(text.replaceAll("[\\s\\u00a0]+", " ").strip());
        return s.isEmpty() ? null : s;
    }

    /** HTML as given, or null when blank. */
    static String html(String html) {
        return html == null || html.isBlank() ? null : valid(html.strip());
    }

    /**
     * The display name in an RSS person: {@code jane@example.com (Jane Doe)},
     * {@code Jane Doe (jane@example.com)} and {@code Jane Doe <jane@example.com>} all give Jane Doe;
     * a bare address stays an address.
     */
    static String person(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 300) {
            return plain(t); // no one's name is that long; and the patterns below need not see hostile lengths
        }
        Matcher m = MAIL_THEN_NAME.matcher(t);
        if (m.matches()) {
            return plain(m.group(1));
        }
        m = NAME_THEN_MAIL.matcher(t);
        if (m.matches() && !m.group(1).isBlank()) {
            return plain(m.group(1));
        }
        return plain(t);
    }

    /**
     * Text without what is no character: lone UTF-16 surrogates (from {@code &#55296;} and the
     * like) become U+FFFD, and control characters XML forbids (NUL, escape, ...) are dropped.
     */
    static String valid(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || forbiddenControl(c)) {
                return cleaned(s);
            }
        }
        return s;
    }

    private static String cleaned(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (!forbiddenControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean forbiddenControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }

    /**
     * {@code html} with its relative {@code href} and {@code src} made absolute against a web
     * {@code base}, so that a feed's own content still shows its images and links once saved.
     * The markup is otherwise left exactly as the feed wrote it (a pass over the text, not a
     * parse: a feed of 2,000 long items must not cost a DOM per item).
     */
    static String absoluteLinks(String html, String base) {
        if (html == null || base == null || !base.regionMatches(true, 0, "http", 0, 4)
                || !RELATIVE_URL.matcher(html).find()) {
            return html;
        }
        URL baseUrl;
        try {
            baseUrl = new URL(base);
        } catch (MalformedURLException e) {
            return html;
        }
        Map<String, String> resolved = new HashMap<>(); // content repeats its links; each is resolved once
        Matcher tags = TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (tags.find()) {
            tags.appendReplacement(out, Matcher.quoteReplacement(absoluteAttributes(tags.group(), baseUrl, resolved)));
        }
        tags.appendTail(out);
        return out.toString();
    }

    private static String absoluteAttributes(String tag, URL base, Map<String, String> resolved) {
        Matcher m = LINK_ATTRIBUTE.matcher(tag);
        StringBuilder out = new StringBuilder(tag.length() + 64);
        while (m.find()) {
            String value = m.group(3);
            char quote = value.charAt(0) == '"' || value.charAt(0) == '\'' ? value.charAt(0) : 0;
            String target = quote == 0 ? value : value.substring(1, value.length() - 1);
            String url = m.group(2).equalsIgnoreCase("srcset") ? absoluteSrcset(target, base, resolved)
                    : absolute(target.strip(), base, resolved);
            String written = quote == 0 ? url : quote + url.replace(String.valueOf(quote), quote == '"' ? "%22" : "%27") + quote;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + written));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code srcset}'s candidates ({@code img.png, img-2x.png 2x}), each address made absolute.
     * Read as the HTML standard reads them: an address is a run of non-blank characters (a
     * comma inside it, as in {@code /w_300,c_scale/a.jpg} or a {@code data:} address, is
     * part of it) and commas end a candidate only after its address or its descriptors.
     */
    private static String absoluteSrcset(String srcset, URL base, Map<String, String> resolved) {
        StringBuilder out = new StringBuilder(srcset.length() + 64);
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && srcset.charAt(end - 1) == ',') {
                end--; // commas that end the address end the candidate
            }
            if (end == start) {
                continue;
            }
            String descriptors = "";
            if (end == i) { // descriptors run to the next comma
                int comma = srcset.indexOf(',', i);
                int stop = comma < 0 ? n : comma;
                descriptors = srcset.substring(i, stop).stripTrailing();
                i = stop;
            }
            out.append(out.length() == 0 ? "" : ", ")
                    .append(absolute(srcset.substring(start, end), base, resolved)).append(descriptors);
        }
        return out.toString();
    }

    /** {@code target} made absolute, unless it already is, is empty or is a fragment. */
    private static String absolute(String target, URL base, Map<String, String> resolved) {
        if (target.isEmpty() || target.startsWith("#") || SCHEME.matcher(target).lookingAt()) {
            return target;
        }
        return resolved.computeIfAbsent(target, t -> {
            try {
                return StringUtil.resolve(base, t).toExternalForm();
            } catch (MalformedURLException e) {
                return t;
            }
        });
    }

    /**
     * What relative links are resolved against: the feed's web address {@code url}; for a feed
     * read from a file (a path says nothing about where the site's pages are), the first of
     * {@code given} (addresses the feed states for itself or its site) that is a web address.
     */
    static String documentBase(String url, String... given) {
        if (url != null && WEB_ADDRESS.matcher(url).matches()) {
            return url;
        }
        for (String address : given) {
            if (address != null && WEB_ADDRESS.matcher(address.strip()).matches()) {
                return address.strip();
            }
        }
        return url;
    }

    /** {@code href} made absolute against {@code base}; null when blank or unresolvable. */
    static String resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        if (base == null || base.isBlank()) {
            return h;
        }
        String resolved = StringUtil.resolve(base, h);
        return resolved.isEmpty() ? h : resolved;
    }
}
