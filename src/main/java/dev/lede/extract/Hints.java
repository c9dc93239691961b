package dev.lede.extract;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it: likely article content, likely
 * page furniture (navigation, comments, share bars, ads), or inline text.
 */
final class Hints {
    /** Class or id words of page furniture; an element matching them is dropped before scoring. */
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|footer|gdpr"
            + "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social"
            + "|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter"
            + "|cookie|consent|subscribe|signup|share|sharing|promo|outbrain|taboola|paywall"
            + "|recirc|most-?popular|trending|masthead|toolbar|navbar|subnav|tags?-?list|skip"
            + "|copyright|tooltip|popover|hover-?card|rollover|dropdown|modal|(^|[^a-z])cta([^a-z]|$)"
            + "|author-?(bio|box|info|card)|about-?(the-?)?author|bio-?box|disclosure"
            + "|post-?list|article-?list|more-?articles|read-?next|up-?next|next-?(article|post)|recommend",
            Pattern.CASE_INSENSITIVE);
    /** Words that rescue an element matching {@link #UNLIKELY}: it may hold the article. */
    static final Pattern MAYBE = Pattern.compile(
            "and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text|text|embed",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
            + "|paragraph|prose",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
            + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
            + "|sponsor|shopping|tags|widget|byline|author|dateline|newsletter|subscribe|social"
            + "|caption|credit|nav|breadcrumb|recommend|read-?more|teaser|tool|popular|trending|copyright",
            Pattern.CASE_INSENSITIVE);
    static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
            "banner", "contentinfo", "search");

    /** Whole class or id names of comment sections and single comments (see {@link Noise#isCommentSection}). */
    static final Pattern COMMENT_SECTION = Pattern.compile(
            "comments|comment-?list|comments?-(area|section|list|wrapper|container|thread|block|widget|panel)"
            + "|commentlist|comment-respond|disqus_thread|disqus|fb-comments|fb_comments|comment-body|comment-content"
            + "|comment-thread|comments-?count|respond|reply-?form|post-?comments|article-?comments|user-?comments",
            Pattern.CASE_INSENSITIVE);

    /** Class or id words of a paywall or of a wrapper shown to subscribers only. */
    static final Pattern PAYWALL = Pattern.compile(
            "pay-?wall|premium|subscriber|subscription|members?-?only|metered|reg-?wall|locked|gated|paid",
            Pattern.CASE_INSENSITIVE);

    /**
     * True when a paywall or subscriber wrapper holds the article's own text (paragraphs of
     * prose) rather than only the prompt to subscribe: then it is the body, continued.
     */
    static boolean isPaywallHoldingText(Element e) {
        String names = classAndId(e);
        if (names.isEmpty() || !PAYWALL.matcher(names).find()) {
            return false;
        }
        int prose = 0;
        for (Element p : e.getElementsByTag("p")) {
            String text = p.text();
            if (text.length() >= 80) {
                prose += text.length();
            }
        }
        return prose >= 150;
    }

    /** Class or id words of image captions and credits. */
    static final Pattern CAPTION = Pattern.compile(
            "caption|credit|image-?desc|photo-?desc|img-?desc|wp-caption-text",
            Pattern.CASE_INSENSITIVE);

    /** Tags whose text flows inside a block rather than forming one. */
    static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
            "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
            "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture", "nobr");

    /** Matching these long patterns dominated the profile; class names repeat, so remember answers. */
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Integer> WEIGHTS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> UNLIKELY_NAMES = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> COMMENT_NAMES = new ConcurrentHashMap<>();

    private Hints() {
    }

    /** True when a class-and-id string names furniture and nothing that may hold the article. */
    static boolean isUnlikelyName(String classAndId) {
        if (classAndId.isEmpty()) {
            return false;
        }
        Boolean known = UNLIKELY_NAMES.get(classAndId);
        if (known == null) {
            known = UNLIKELY.matcher(classAndId).find() && !MAYBE.matcher(classAndId).find();
            remember(UNLIKELY_NAMES, classAndId, known);
        }
        return known;
    }

    /** True when one of the whole names in a class-and-id string names a comment section. */
    static boolean isCommentSectionName(String classAndId) {
        if (classAndId.isEmpty()) {
            return false;
        }
        Boolean known = COMMENT_NAMES.get(classAndId);
        if (known == null) {
            known = false;
            for (String name : classAndId.split("\\s+")) {
                if (COMMENT_SECTION.matcher(name).matches()) {
                    known = true;
                    break;
                }
            }
            remember(COMMENT_NAMES, classAndId, known);
        }
        return known;
    }

    private static <V> void remember(Map<String, V> cache, String key, V value) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    /** Class and id joined, the text the hint patterns are matched against. */
    static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        if (id.isEmpty()) {
            return cls;
        }
        return cls.isEmpty() ? id : cls + " " + id;
    }

    /** Readability's class weight: +25 for a content-like class or id, -25 for a furniture-like one. */
    static int classWeight(Element e) {
        return weightOf(e.className()) + weightOf(e.id());
    }

    private static int weightOf(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        Integer known = WEIGHTS.get(name);
        if (known == null) {
            int weight = 0;
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
            known = weight;
            remember(WEIGHTS, name, known);
        }
        return known;
    }
}
