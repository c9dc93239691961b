package dev.lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Element;

/**
 * Reads article metadata, first hit wins: JSON-LD (Article types, {@code @graph} and arrays),
 * then OpenGraph and Twitter cards, then plain {@code <meta>} tags, then microdata, then the
 * page itself ({@code <title>}, bylines, {@code <time>}, {@code <html lang>}).
 */
final class MetadataReader {
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "technarticle",
            "techarticle", "scholarlyarticle", "report", "liveblogposting", "socialmediaposting",
            "advertisertcontentarticle", "satiricalarticle", "posting", "review", "medicalscholarlyarticle");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/\\\\]{1,2}\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^\\s*(by|written by|posted by|von|par|por)\\s+",
            Pattern.CASE_INSENSITIVE);

    private final Document doc;
    private final Map<String, Object> article;
    private final Map<String, Object> website;
    /** Meta tag contents by lower-case name or property, first non-empty one kept. */
    private final Map<String, String> metas = new HashMap<>();
    /** First element carrying each microdata property. */
    private final Map<String, Element> itemprops = new HashMap<>();
    private final List<Element> jsonLdScripts = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    private Element canonicalLink;
    private Element firstTime;
    private Element bylineElement;

    private MetadataReader(Document doc) {
        this.doc = doc;
        index();
        List<Map<String, Object>> objects = JsonLd.objects(jsonLdScripts);
        Map<String, Object> found = null;
        Map<String, Object> site = null;
        for (Map<String, Object> o : objects) {
            if (found == null && JsonLd.hasType(o, ARTICLE_TYPES)) {
                found = o;
            }
            if (site == null && JsonLd.hasType(o, Set.of("website", "organization", "newsmediaorganization"))) {
                site = o;
            }
        }
        if (found == null) {
            for (Map<String, Object> o : objects) {
                if (JsonLd.hasType(o, Set.of("webpage")) && o.get("headline") != null) {
                    found = o;
                    break;
                }
            }
        }
        this.article = found;
        this.website = site;
    }

    /** One pass over the page collects everything the readers below look up. */
    private void index() {
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            switch (tag) {
                case "meta":
                    if (e.hasAttr("content")) {
                        String key = e.hasAttr("property") ? e.attr("property")
                                : e.hasAttr("name") ? e.attr("name")
                                : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
                        String value = e.attr("content").strip();
                        if (!key.isEmpty() && !value.isEmpty()) {
                            metas.putIfAbsent(lower(key.strip()), value);
                        }
                    }
                    break;
                case "script":
                    if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                        jsonLdScripts.add(e);
                    }
                    break;
                case "link":
                    if (canonicalLink == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        canonicalLink = e;
                    }
                    break;
                case "time":
                    if (firstTime == null && e.hasAttr("datetime")) {
                        firstTime = e;
                    }
                    break;
                case "h1": case "h2":
                    if (headings.size() < 20) {
                        headings.add(e);
                    }
                    break;
                default:
                    break;
            }
            String itemprop = e.attr("itemprop");
            if (!itemprop.isEmpty()) {
                for (String prop : itemprop.strip().split("\\s+")) {
                    itemprops.putIfAbsent(prop, e);
                }
            }
            if (bylineElement == null && isBylineElement(e)) {
                bylineElement = e;
            }
        }
    }

    private static boolean isBylineElement(Element e) {
        if (e.attr("rel").equalsIgnoreCase("author")) {
            return true;
        }
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        for (String c : cls.split("\\s+")) {
            String lc = lower(c);
            if (lc.equals("author") || lc.contains("byline")) {
                return true;
            }
        }
        return false;
    }

    static Metadata read(Document doc) {
        return new MetadataReader(doc).read();
    }

    private Metadata read() {
        String site = first(
                JsonLd.string(article, "publisher", "name"),
                meta("og:site_name"),
                meta("application-name"),
                JsonLd.string(website, "name"));
        String title = title(site);
        String byline = byline();
        String published = date();
        String language = language();
        String canonical = canonical();
        String image = first(JsonLd.url(article, "image"), absolute(meta("og:image")),
                absolute(meta("og:image:url")), absolute(meta("twitter:image")),
                absolute(meta("twitter:image:src")), microdataUrl("image"));
        String excerpt = first(JsonLd.string(article, "description"), meta("og:description"),
                meta("twitter:description"), meta("description"), microdata("description"));
        return new Metadata(title, byline, clean(site), published, language, canonical, image, clean(excerpt));
    }

    private String title(String site) {
        String jsonLd = first(JsonLd.string(article, "headline"), JsonLd.string(article, "name"));
        String og = first(meta("og:title"), meta("twitter:title"));
        String docTitle = clean(doc.title());
        String raw = first(jsonLd, og, meta("title"), microdata("headline"), docTitle);
        if (raw == null) {
            return headings.isEmpty() ? null : clean(headings.get(0).text());
        }
        return stripSiteName(clean(raw), site);
    }

    /** Drops a " | Site Name" part from either end of a title. */
    String stripSiteName(String title, String site) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_SEPARATOR.matcher(title);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return title;
        }
        String siteKey = site == null ? "" : Boilerplate.titleKey(site);
        int[] last = seps.get(seps.size() - 1);
        int[] firstSep = seps.get(0);
        String tail = title.substring(last[1]);
        String head = title.substring(0, firstSep[0]);
        if (!siteKey.isEmpty()) {
            if (sameSite(Boilerplate.titleKey(tail), siteKey)) {
                return stripSiteName(title.substring(0, last[0]).strip(), site);
            }
            if (sameSite(Boilerplate.titleKey(head), siteKey)) {
                return stripSiteName(title.substring(firstSep[1]).strip(), site);
            }
        }
        // Without a known site name, trust a heading on the page that matches part of the title.
        for (Element h : headings) {
            String hk = Boilerplate.titleKey(h.text());
            if (hk.length() > 10 && Boilerplate.titleKey(title).startsWith(hk) && hk.length() < Boilerplate.titleKey(title).length()) {
                return clean(h.text());
            }
        }
        String rest = title.substring(0, last[0]).strip();
        String sep = title.substring(last[0], last[1]).strip();
        if ((sep.equals("|") || sep.equals("-") || sep.equals("–") || sep.equals("—") || sep.equals("»"))
                && wordCount(tail) <= 4 && wordCount(rest) >= 3) {
            return rest;
        }
        return title;
    }

    private static boolean sameSite(String part, String siteKey) {
        if (part.isEmpty()) {
            return false;
        }
        return part.equals(siteKey) || (part.length() >= 3 && (siteKey.contains(part) || part.contains(siteKey))
                && Math.abs(part.length() - siteKey.length()) <= 12);
    }

    private String byline() {
        String raw = first(JsonLd.names(article, "author"), JsonLd.names(article, "creator"),
                meta("author"), notUrl(meta("article:author")), meta("byl"), meta("dc.creator"),
                meta("parsely-author"), meta("sailthru.author"), microdataAuthor(), pageByline());
        if (raw == null) {
            return null;
        }
        String b = BY_PREFIX.matcher(clean(raw)).replaceFirst("").strip();
        return b.isEmpty() || b.length() > 200 ? null : b;
    }

    private String pageByline() {
        Element e = bylineElement != null ? bylineElement : itemprops.get("author");
        if (e == null) {
            return null;
        }
        String t = clean(e.text());
        return t != null && t.length() <= 100 ? t : null;
    }

    private String microdataAuthor() {
        Element e = itemprops.get("author");
        if (e == null) {
            return null;
        }
        Element name = e.selectFirst("[itemprop=name]");
        String t = name != null ? name.hasAttr("content") ? name.attr("content") : name.text()
                : e.hasAttr("content") ? e.attr("content") : e.text();
        t = clean(t);
        return t != null && t.length() <= 100 ? t : null;
    }

    private String date() {
        String[] candidates = {
            JsonLd.string(article, "datePublished"), JsonLd.string(article, "dateCreated"),
            meta("article:published_time"), meta("og:published_time"), meta("published_time"),
            meta("datePublished"), meta("date"), meta("pubdate"), meta("publishdate"), meta("publish-date"),
            meta("dc.date"), meta("dc.date.issued"), meta("dcterms.created"), meta("sailthru.date"),
            meta("parsely-pub-date"), meta("article.published"), microdata("datePublished"),
            timeElement(), JsonLd.string(article, "dateModified"), meta("article:modified_time")};
        for (String c : candidates) {
            String iso = PageDates.iso(c);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    private String timeElement() {
        return firstTime == null ? null : firstTime.attr("datetime");
    }

    private String language() {
        String raw = first(JsonLd.string(article, "inLanguage"), meta("og:locale"), meta("content-language"),
                meta("language"), doc.firstElementChild() == null ? null : doc.firstElementChild().attr("lang"));
        if (raw == null) {
            return null;
        }
        String lang = raw.strip().replace('_', '-');
        int comma = lang.indexOf(',');
        if (comma > 0) {
            lang = lang.substring(0, comma).strip();
        }
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? lang : null;
    }

    private String canonical() {
        String fromData = first(absolute(JsonLd.url(article, "mainEntityOfPage")),
                absolute(JsonLd.string(article, "url")), absolute(meta("og:url")));
        // The link is resolved only when needed: Jsoup's absUrl parses both URLs anew.
        return fromData != null || canonicalLink == null ? fromData : first(canonicalLink.absUrl("href"));
    }

    private String meta(String name) {
        return metas.get(lower(name));
    }

    private String microdata(String prop) {
        Element e = itemprops.get(prop);
        if (e == null) {
            return null;
        }
        for (String attr : new String[] {"content", "datetime"}) {
            if (e.hasAttr(attr)) {
                return e.attr(attr);
            }
        }
        return e.text();
    }

    private String microdataUrl(String prop) {
        Element e = itemprops.get(prop);
        if (e == null) {
            return null;
        }
        for (String attr : new String[] {"content", "src", "href"}) {
            if (e.hasAttr(attr)) {
                return e.absUrl(attr);
            }
        }
        return null;
    }

    private String absolute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String base = doc.location();
            if (base == null || base.isEmpty()) {
                return url.matches("(?i)https?://.*") ? url : null;
            }
            return java.net.URI.create(base).resolve(url.strip().replace(" ", "%20")).toString();
        } catch (RuntimeException e) {
            return url.matches("(?i)https?://\\S*") ? url : null;
        }
    }

    private static String notUrl(String s) {
        return s == null || s.matches("(?i)https?://.*") ? null : s;
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Trims, collapses whitespace and drops control characters; blank becomes null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        // Metadata is sometimes escaped twice ("&amp;#8211;" in the source): unescape what is left.
        String unescaped = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        String t = HtmlOutput.sanitize(unescaped).replaceAll("[\\s\\u00A0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** Order-keeping set of distinct strings, for author lists. */
    static String joinDistinct(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            String c = clean(n);
            if (c != null) {
                seen.add(c);
            }
        }
        return seen.isEmpty() ? null : String.join(", ", seen);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
