package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Removes what can never be article text before scoring: scripts and embeds, forms and
 * controls, navigation, hidden elements and, unless disabled, elements whose class, id or
 * role marks them as page furniture.
 */
final class Noise {
    private static final Set<String> DROP = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
            "map", "audio", "video", "source", "track", "link", "meta", "button", "input", "select",
            "textarea", "option", "nav", "aside", "footer", "dialog", "menu", "head", "title",
            "math", "frameset", "frame", "applet", "label", "datalist", "output", "progress", "meter");
    private static final Set<String> NEVER_UNLIKELY = Set.of(
            "html", "body", "article", "main", "a", "table", "tbody", "thead", "tr", "td", "th",
            "code", "pre", "p", "li");

    private Noise() {
    }

    /**
     * Strips {@code root} in place; {@code stripUnlikely} also drops furniture named by class or
     * id, and {@code dropComments} the comment sections (kept only when nothing else was found).
     */
    static void strip(Element root, boolean stripUnlikely, boolean dropComments, Deadline deadline) {
        List<Node> doomed = new ArrayList<>();
        root.filter(new NodeFilter() {
            private int protectedDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                deadline.step();
                if (node instanceof Comment || node instanceof DataNode) {
                    return drop(node);
                }
                if (!(node instanceof Element) || node == root) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                String tag = e.normalName();
                if (DROP.contains(tag) || isHidden(e)) {
                    return drop(e);
                }
                if ((tag.equals("form") || tag.equals("header")) && !holdsProse(e)) {
                    return drop(e);
                }
                if (dropComments && isCommentSection(e)) {
                    return drop(e);
                }
                if (tag.equals("pre") || tag.equals("code") || tag.equals("table")) {
                    protectedDepth++;
                } else if (stripUnlikely && protectedDepth == 0 && isUnlikely(e) && !inRunningText(e)) {
                    return drop(e);
                }
                return FilterResult.CONTINUE;
            }

            /** Removed after the walk, all at once (see {@link Prune}); nothing under it is visited. */
            private FilterResult drop(Node node) {
                doomed.add(node);
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) {
                    String tag = ((Element) node).normalName();
                    if (tag.equals("pre") || tag.equals("code") || tag.equals("table")) {
                        protectedDepth--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        Prune.remove(doomed);
    }

    /** True when the element is not shown: the hidden attribute, aria-hidden or an inline style. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnlikely(Element e) {
        String role = e.attr("role");
        if (!role.isEmpty() && Hints.UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (NEVER_UNLIKELY.contains(e.normalName())) {
            return false;
        }
        if (!Hints.isUnlikelyName(Hints.classAndId(e)) || Hints.isPaywallHoldingText(e)) {
            return false;
        }
        // A wrapper named after furniture can still hold the article (e.g. "page-with-sidebar"),
        // and embedded posts (tweets and the like) are quotes the article relies on.
        return e.selectFirst("article, [itemprop=articleBody], blockquote") == null;
    }

    /**
     * True when an inline element is words of a sentence: text sits right before or after it
     * ("threatened to kill Rep. <span class=hover-card>Name</span> (D-Minn.)"). A widget named
     * like furniture but wrapped around a name or term must not take the words with it; its
     * pop-up parts, next to the name rather than to text, still go. An element that is all of
     * an inline parent's content is judged by the parent's neighbours.
     */
    static boolean inRunningText(Element e) {
        for (Element x = e; x != null && Hints.isInline(x); x = x.parent()) {
            if (isWords(x.previousSibling()) || isWords(x.nextSibling())) {
                return true;
            }
            if (!isOnlyContent(x)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWords(Node n) {
        return n instanceof TextNode && !((TextNode) n).isBlank();
    }

    private static boolean isOnlyContent(Element e) {
        Node prev = e.previousSibling();
        Node next = e.nextSibling();
        return (prev == null || prev instanceof TextNode) && (next == null || next instanceof TextNode);
    }

    /**
     * A page's comment section or one comment: a list of items each with an author, a time and
     * a reply link, however long, is never the article. Known by whole class or id names only
     * ("comments", "comment-list", "disqus_thread"...), so that "has-comments" on an article or
     * "commentary" on an opinion piece do not count; a wrapper holding the page's title is not one.
     */
    static boolean isCommentSection(Element e) {
        // Asked of every element in every attempt: a look for the words the names need comes first.
        if (!mayNameComments(e.className()) && !mayNameComments(e.id())) {
            return false;
        }
        return Hints.isCommentSectionName(Hints.classAndId(e)) && e.selectFirst("h1, [itemprop=articleBody]") == null;
    }

    private static boolean mayNameComments(String name) {
        return !name.isEmpty() && (name.contains("omment") || name.contains("OMMENT") || name.contains("isqus")
                || name.contains("espond") || name.contains("eply") || name.contains("EPLY"));
    }

    /** Forms and headers sometimes wrap a whole page (ASP.NET, old templates): keep those. */
    private static boolean holdsProse(Element e) {
        return e.select("p").size() >= 3;
    }
}
