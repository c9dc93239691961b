package dev.lede.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cleans the chosen article container in place: drops link lists, widgets and image grids
 * (Readability's conditional cleaning), promos such as "Read more: ...", share and
 * newsletter lines, bylines and dates repeated in the body, and a leading heading that
 * repeats the title.
 */
final class ArticleCleaner {
    private static final List<String> CONDITIONAL = List.of(
            "form", "fieldset", "table", "ul", "ol", "dl", "div", "section", "header", "figure");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt",
            "figcaption", "center", "header", "aside", "footer", "article", "ul", "ol", "table", "figure");
    private static final Pattern NEWSLETTER = Pattern.compile(
            "(sign up|subscribe)\\b.{0,60}\\b(newsletter|email|inbox|updates|alerts)"
            + "|(newsletter|inbox)\\b.{0,60}\\b(sign up|subscribe)"
            + "|we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings)",
            Pattern.CASE_INSENSITIVE);
    /** Labels that point to other stories: "Also on ...", "More from ...", "Read next". */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "[^\\p{L}]*(also|more|read|related|see|watch|listen|previously|next|recommended|latest|top|trending"
            + "|popular|further)\\b", Pattern.CASE_INSENSITIVE);
    /** A call to click, short and mostly a link: "Click here to get the app". */
    private static final Pattern CLICK_HERE = Pattern.compile("\\b(click|clicking|tap|tapping) here\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\) ?\\d{4}|copyright \\d{4}|all rights reserved",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(by|written by|words by|story by|posted by|reporting by|von|par|por|di|door|av)\\s+\\p{Lu}.{0,80}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^(published|updated|posted|last updated|last modified|first published)\\b.{0,70}\\d.{0,30}$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> LINK_PARAGRAPH_HOMES = Set.of("blockquote", "li", "td", "th", "figure");
    /** Blocks that make a teaser card when a linked headline leads them. */
    private static final Set<String> TEASER_HOMES = Set.of("article", "div", "section", "li", "aside", "header");

    private final Element root;
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();
    /** What holds each element, as remembered by {@link #ancestors}: IN_* bits of its ancestors below the root. */
    private final Map<Element, Integer> ancestorBits = new IdentityHashMap<>();
    // Matchers reset for each block: a new one per block and pattern cost as much as a failed match.
    private final Matcher furnitureMatch = Boilerplate.FURNITURE.matcher("");
    private final Matcher promoMatch = Boilerplate.PROMO.matcher("");
    private final Matcher newsletterMatch = NEWSLETTER.matcher("");
    private final Matcher copyrightMatch = COPYRIGHT.matcher("");
    private final Matcher clickHereMatch = CLICK_HERE.matcher("");
    private final Matcher elsewhereMatch = ELSEWHERE.matcher("");
    private final Matcher bylineMatch = BYLINE.matcher("");
    private final Matcher datelineMatch = DATELINE.matcher("");
    private final boolean weightClasses;
    private final Deadline deadline;
    private TextStats stats;

    private ArticleCleaner(Element root, boolean weightClasses, Deadline deadline) {
        this.root = root;
        this.weightClasses = weightClasses;
        this.deadline = deadline;
    }

    /**
     * Cleans {@code root}, starting from {@code stats} of it when not null (updated in place);
     * {@code title} and {@code byline} (either may be null) are dropped from the body.
     */
    static void clean(Element root, TextStats stats, Metadata meta, boolean cleanConditionally,
            boolean weightClasses, Deadline deadline) {
        String title = meta.title();
        String byline = meta.byline();
        ArticleCleaner cleaner = new ArticleCleaner(root, weightClasses, deadline);
        cleaner.stats = stats != null ? stats : TextStats.of(root, deadline);
        if (weightClasses) {
            cleaner.dropNegativeHeadings();
        }
        if (cleanConditionally) {
            cleaner.cleanConditionally();
        }
        cleaner.markCaptions();
        cleaner.dropInlineWidgets();
        cleaner.dropTeaserCards();
        cleaner.dropFurniture(byline, MetadataLines.dateOf(meta.published()));
        cleaner.dropLinkParagraphs();
        cleaner.dropTitleRepeat(title);
        cleaner.dropEmpty();
    }

    private void dropNegativeHeadings() {
        List<Element> doomed = new ArrayList<>();
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            if (Hints.classWeight(h) < 0) {
                doomed.add(h);
            }
        }
        Prune.remove(doomed);
    }

    /**
     * Readability's conditional cleaning, one tag after another in {@link #CONDITIONAL}'s
     * order, innermost first, each tag judged on the measures left by the one before.
     */
    private void cleanConditionally() {
        // One walk finds them all: a walk per tag cost more than the judging on large pages.
        Map<String, List<Element>> byTag = new HashMap<>();
        for (Element e : root.getAllElements()) {
            if (CONDITIONAL.contains(e.normalName())) {
                byTag.computeIfAbsent(e.normalName(), t -> new ArrayList<>()).add(e);
            }
        }
        for (String tag : CONDITIONAL) {
            List<Element> nodes = byTag.get(tag);
            if (nodes != null) {
                cleanConditionally(nodes);
            }
        }
    }

    private void cleanConditionally(List<Element> nodes) {
        List<Element> doomed = new ArrayList<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            deadline.step();
            Element node = nodes.get(i);
            // Not measured: inside a block an earlier tag removed.
            if (node == root || node.parent() == null || !stats.holds(node)) {
                continue;
            }
            if (shouldRemove(node)) {
                doomed.add(node);
            }
        }
        if (!doomed.isEmpty()) {
            Prune.remove(doomed);
            stats = TextStats.of(root, deadline);
        }
    }

    private boolean shouldRemove(Element node) {
        String tag = node.normalName();
        if (tag.equals("table") && isDataTable(node)) {
            return false;
        }
        int above = ancestors(node);
        if ((above & IN_CODE_OR_DATA) != 0) {
            return false;
        }
        TextStats.Counts c = stats.get(node);
        if (!tag.equals("table") && c.tables > 0) {
            for (Element t : node.select("table")) {
                if (isDataTable(t)) {
                    return false;
                }
            }
        }
        if (!tag.equals("ul") && !tag.equals("ol") && c.quotes > 0) {
            // Embedded posts and quotes sit in wrappers named "social" or "media"; they are content.
            return false;
        }
        boolean isList = tag.equals("ul") || tag.equals("ol");
        int weight = weightClasses ? Hints.classWeight(node) : 0;
        if (weight < 0 && Hints.isPaywallHoldingText(node)) {
            weight = 0; // named for subscribers, but the body goes on inside it
        }
        if (weight < 0) {
            return true;
        }
        if (c.commas >= 10) {
            return false;
        }
        int p = c.paragraphs;
        int img = c.images;
        int li = c.listItems - 100;
        double linkDensity = stats.linkDensity(node);
        double headingDensity = c.text == 0 ? 0 : (double) c.headingText / c.text;
        boolean inFigure = (above & IN_FIGURE) != 0;
        boolean remove = (!inFigure && img > 1 && (double) p / img < 0.5)
                || (!isList && li > p)
                || (c.inputs > p / 3)
                || (!isList && !inFigure && headingDensity < 0.9 && c.text < 25 && (img == 0 || img > 2)
                        && linkDensity > 0)
                || (!isList && weight < 25 && linkDensity > 0.2 && !isProseParagraph(node, c, linkDensity))
                || (weight >= 25 && linkDensity > 0.5)
                || (isList && linkDensity > 0.5);
        if (remove && isList && img > 0 && img == c.listItems) {
            return false;
        }
        return remove;
    }

    /**
     * A block that is one paragraph of prose with a link or two in it (sites that put each
     * paragraph in its own div): link density tells navigation from text in blocks of links,
     * not in a sentence. Only inline content, a sentence's worth of unlinked words, at most
     * half of it linked.
     */
    private static boolean isProseParagraph(Element node, TextStats.Counts c, double linkDensity) {
        if (linkDensity > 0.5 || c.text - c.linkText < 50 || c.commas == 0 && !endsSentence(node)) {
            return false;
        }
        for (Element child : node.children()) {
            if (!Hints.isInline(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(Element e) {
        String text = e.text();
        int end = text.length() - 1;
        while (end >= 0 && (text.charAt(end) == '"' || text.charAt(end) == '\u201D' || text.charAt(end) == ')')) {
            end--;
        }
        return end >= 0 && ".!?\u3002".indexOf(text.charAt(end)) >= 0;
    }

    /** Blocks classed as captions or credits become figure captions; inline credits go. */
    private void markCaptions() {
        List<Element> credits = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            deadline.step();
            if (e == root || e.parent() == null || e.normalName().equals("figcaption")) {
                continue;
            }
            String names = Hints.classAndId(e);
            if (names.isEmpty() || !Hints.CAPTION.matcher(names).find() || stats.get(e).text > 400
                    || stats.get(e).paragraphs > 1) {
                continue;
            }
            if (Hints.isInline(e)) {
                credits.add(e);
            } else if (e.selectFirst("img, figure, table") == null) {
                e.tagName("figcaption");
            }
        }
        Prune.remove(credits);
    }

    /**
     * Drops inline hover cards: a span inside running text that holds a picture and several
     * links but no prose of its own (a name's pop-up with headlines, shown only on hover).
     */
    private void dropInlineWidgets() {
        List<Element> spans = root.getElementsByTag("span");
        List<Element> doomed = new ArrayList<>();
        for (int i = spans.size() - 1; i >= 0; i--) {
            Element span = spans.get(i);
            TextStats.Counts c = stats.get(span);
            if (c.images > 0 && c.text > 0 && c.linkText * 10 >= c.text * 9 && span.select("a").size() >= 2) {
                // Out of the measures too, or the span around the name would now look like a card.
                stats.forget(span);
                doomed.add(span);
            }
        }
        Prune.remove(doomed);
    }

    private void dropFurniture(String byline, java.time.LocalDate published) {
        String bylineKey = byline == null ? null : Boilerplate.titleKey(byline);
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            deadline.step();
            if (e == root || !BLOCKS.contains(e.normalName())) {
                continue;
            }
            TextStats.Counts c = stats.get(e);
            // A wrapper around a single block would only repeat its child's check.
            if (c.text == 0 || c.text > 400 || c.ownText == 0 && e.childrenSize() == 1) {
                continue;
            }
            String text = e.text().strip();
            if (isFurniture(text, c, stats.linkDensity(e))
                    || c.text < 150 && MetadataLines.isMetadataLine(text, published)
                    || bylineKey != null && !bylineKey.isEmpty() && c.text < 120 && isBylineRepeat(Boilerplate.titleKey(text), bylineKey)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            stats.forget(e);
        }
        Prune.remove(doomed);
    }

    private boolean isFurniture(String text, TextStats.Counts c, double linkDensity) {
        if (furnitureMatch.reset(text).matches()) {
            return true;
        }
        if (c.text < Boilerplate.PROMO_MAX_CHARS && promoMatch.reset(text).lookingAt()) {
            return true;
        }
        // The unanchored patterns below are the costly ones: a scan for the words they need
        // first skips them for the many blocks that cannot match (a fifth of extraction time otherwise).
        int words = c.text < 300 ? gateWords(text) : 0;
        if (c.text < 250 && (words & NEWSLETTER_WORD) != 0 && newsletterMatch.reset(text).find()) {
            return true;
        }
        if (c.text < 300 && (words & COPYRIGHT_WORD) != 0 && copyrightMatch.reset(text).find()) {
            return true;
        }
        if (c.text < 120 && linkDensity > 0.3 && clickHereMatch.reset(text).find()) {
            return true;
        }
        return c.text < 100 && (bylineMatch.reset(text).matches() || datelineMatch.reset(text).matches());
    }

    /** Set by {@link #gateWords} when the text has a word every {@link #NEWSLETTER} match contains. */
    private static final int NEWSLETTER_WORD = 1;
    /** Set by {@link #gateWords} when the text has a word every {@link #COPYRIGHT} match contains. */
    private static final int COPYRIGHT_WORD = 2;

    /**
     * Which of "sign up", "subscribe", "newsletter", "inbox", "cookie" (newsletter) and "©",
     * "(c)", "copyright", "all rights reserved" (copyright) the text holds, in any ASCII case
     * as the patterns read them. One pass that looks further only where two letters fit.
     */
    static int gateWords(String text) {
        int found = 0;
        int n = text.length();
        for (int i = 0; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c == '\u00a9') {
                found |= COPYRIGHT_WORD;
                continue;
            }
            char next = (char) (text.charAt(i + 1) | 0x20); // ASCII letters in lower case
            switch (c | 0x20) {
                case 's':
                    if (next == 'i' && at(text, i, "sign up") || next == 'u' && at(text, i, "subscribe")) {
                        found |= NEWSLETTER_WORD;
                    }
                    break;
                case 'n':
                    if (next == 'e' && at(text, i, "newsletter")) {
                        found |= NEWSLETTER_WORD;
                    }
                    break;
                case 'i':
                    if (next == 'n' && at(text, i, "inbox")) {
                        found |= NEWSLETTER_WORD;
                    }
                    break;
                case 'c':
                    if (next == 'o' && at(text, i, "cookie")) {
                        found |= NEWSLETTER_WORD;
                    } else if (next == 'o' && at(text, i, "copyright")) {
                        found |= COPYRIGHT_WORD;
                    }
                    break;
                case '(':
                    if (next == 'c' && at(text, i, "(c)")) {
                        found |= COPYRIGHT_WORD;
                    }
                    break;
                case 'a':
                    if (next == 'l' && at(text, i, "all rights reserved")) {
                        found |= COPYRIGHT_WORD;
                    }
                    break;
                default:
                    break;
            }
        }
        if (n > 0 && text.charAt(n - 1) == '\u00a9') {
            found |= COPYRIGHT_WORD;
        }
        return found;
    }

    private static boolean at(String text, int i, String word) {
        return text.regionMatches(true, i, word, 0, word.length());
    }

    private static boolean isBylineRepeat(String text, String byline) {
        if (text.equals(byline)) {
            return true;
        }
        return text.startsWith("by") && text.contains(byline) && text.length() < byline.length() + 60;
    }

    /**
     * Drops paragraphs that are nothing but a short link: in an article body they are
     * headlines of other articles ("You may also like" lists) or calls to subscribe.
     * Quotes, list items and table cells are left alone: embedded posts and link lists
     * that belong to the article live there.
     */
    private void dropLinkParagraphs() {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getElementsByTag("p")) {
            TextStats.Counts c = stats.get(e);
            if (c.text == 0 || c.text >= 150 || c.linkText == 0
                    || c.linkText * 10 < c.text * 9 && !isLabelledLink(e.text(), c.linkText)) {
                continue;
            }
            if ((ancestors(e) & IN_LINK_HOME) == 0) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            stats.forget(e);
        }
        Prune.remove(doomed);
    }

    /**
     * A short label pointing elsewhere and a link to another story: "Also on Example News:
     * Headline", "MORE: Headline". The words after the colon are all link.
     */
    private boolean isLabelledLink(String text, int linkText) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40 || text.startsWith("//", colon + 1)
                || !elsewhereMatch.reset(text).region(0, colon).lookingAt()) {
            return false;
        }
        int rest = text.length() - colon - 1;
        return rest > 0 && linkText * 10 >= rest * 9;
    }

    /**
     * Drops teaser cards nested in the article: a short block (an article in the article, a
     * card, a list item) led by a heading that is all link to another page. The article's own
     * headings are text, not links; a card's headline is the way to its story.
     */
    private void dropTeaserCards() {
        List<Element> doomed = new ArrayList<>();
        for (Element h : root.select("h2, h3, h4, h5, h6")) {
            deadline.step();
            TextStats.Counts hc = stats.get(h);
            if (hc.text == 0 || hc.linkText * 10 < hc.text * 9 || !linksAway(h)) {
                continue;
            }
            Element card = h.parent();
            if (card == null || card == root || !TEASER_HOMES.contains(card.normalName())) {
                continue;
            }
            TextStats.Counts c = stats.get(card);
            // The headline and a line or two of summary; a longer block is more than a teaser.
            if (c.text < 300 && c.paragraphs <= 2) {
                doomed.add(card);
            }
        }
        for (Element e : doomed) {
            stats.forget(e);
        }
        Prune.remove(doomed);
    }

    /** Whether the heading's links go to another page (not to a place in this one). */
    private static boolean linksAway(Element heading) {
        Element a = heading.selectFirst("a[href]");
        return a != null && !a.attr("href").startsWith("#");
    }

    /** Removes a heading or first line near the top that only repeats the title. */
    private void dropTitleRepeat(String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        String titleKey = Boilerplate.titleKey(title);
        int seen = 0;
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            TextStats.Counts c = stats.get(e);
            if (c.ownText == 0 && !e.normalName().matches("h[1-6]")) {
                continue;
            }
            String k = Boilerplate.titleKey(e.text());
            if (k.isEmpty()) {
                continue;
            }
            if (k.equals(titleKey) || (k.length() > 15 && titleKey.startsWith(k))
                    || (titleKey.length() > 15 && k.startsWith(titleKey) && k.length() < titleKey.length() + 3)) {
                stats.forget(e);
                e.remove();
                return;
            }
            if (++seen >= 3) {
                return;
            }
        }
    }

    private boolean isDataTable(Element table) {
        return dataTables.computeIfAbsent(table, Tables::isDataTable);
    }

    /** Set in {@link #ancestors} when code, a pre or a data table holds the element. */
    private static final int IN_CODE_OR_DATA = 1;
    /** Set in {@link #ancestors} when a figure holds the element. */
    private static final int IN_FIGURE = 2;
    /** Set in {@link #ancestors} when one of {@link #LINK_PARAGRAPH_HOMES} holds the element. */
    private static final int IN_LINK_HOME = 4;

    /**
     * What holds {@code e} below the root, as IN_* bits. Remembered per element, so a page of
     * many deeply nested elements costs one step each rather than a climb to the root each
     * (removals never change what holds an element that stays).
     */
    private int ancestors(Element e) {
        Element parent = e.parent();
        if (parent == null || e == root || parent == root) {
            return 0;
        }
        Integer known = ancestorBits.get(parent);
        if (known == null) {
            // Iterative: climb to the nearest remembered ancestor, then fill in on the way down.
            List<Element> chain = new ArrayList<>();
            Element p = parent;
            int bits = 0;
            while (p != null && p != root) {
                Integer k = ancestorBits.get(p);
                if (k != null) {
                    bits = k;
                    break;
                }
                chain.add(p);
                p = p.parent();
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                Element c = chain.get(i);
                Element cp = c.parent();
                if (cp != null && cp != root) {
                    bits |= ownBits(cp);
                }
                ancestorBits.put(c, bits);
            }
            known = ancestorBits.get(parent);
        }
        return known | ownBits(parent);
    }

    private int ownBits(Element e) {
        String tag = e.normalName();
        int bits = 0;
        if (tag.equals("code") || tag.equals("pre") || tag.equals("table") && isDataTable(e)) {
            bits |= IN_CODE_OR_DATA;
        }
        if (tag.equals("figure")) {
            bits |= IN_FIGURE;
        }
        if (LINK_PARAGRAPH_HOMES.contains(tag)) {
            bits |= IN_LINK_HOME;
        }
        return bits;
    }

    /** Removes kept blocks left without text or images. */
    private void dropEmpty() {
        Set<Element> filled = filled();
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            // Unkept wrappers vanish in the output anyway.
            if (e == root || !HtmlOutput.KEPT.contains(tag) || tag.equals("img") || tag.equals("br") || tag.equals("hr")
                    || tag.equals("td") || tag.equals("th") || tag.equals("tr")) {
                continue;
            }
            if (!filled.contains(e)) {
                doomed.add(e);
            }
        }
        Prune.remove(doomed);
    }

    /**
     * The elements under the root holding visible text or an image. Cheaper than measuring the
     * tree again after the removals above: each text is read only up to its first visible character.
     */
    private Set<Element> filled() {
        Set<Element> filled = Collections.newSetFromMap(new IdentityHashMap<>());
        root.traverse((node, depth) -> {
            deadline.step();
            boolean content = node instanceof TextNode
                    ? !isBlank(((TextNode) node).getWholeText())
                    : node instanceof Element && ((Element) node).normalName().equals("img");
            // Ancestors of a filled element are filled already: the climb stops there.
            Node p = node instanceof TextNode ? node.parentNode() : node;
            while (content && p instanceof Element && filled.add((Element) p) && p != root) {
                p = p.parentNode();
            }
        });
        return filled;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!TextStats.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
