package dev.lede.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, Readability style: every block of prose scores
 * its ancestors by length and commas, scores are damped by link density, the best candidate
 * may widen to a shared ancestor, and siblings that look like more of the same article are
 * gathered with it.
 */
final class ContentScorer {
    /** Tags that stand for one paragraph of text; their score goes to their parent. */
    private static final Set<String> PARAGRAPH_LIKE = Set.of(
            "p", "pre", "td", "th", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt",
            "figcaption", "caption", "address");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final Element body;
    private final TextStats stats;
    private final boolean weightClasses;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Deadline deadline;

    private ContentScorer(Element body, TextStats stats, boolean weightClasses, Deadline deadline) {
        this.body = body;
        this.stats = stats;
        this.weightClasses = weightClasses;
        this.deadline = deadline;
    }

    /** The article's container, and the measures taken to find it when they hold for it as they are. */
    record Content(Element root, TextStats stats) {
    }

    /**
     * Finds the article's container: the best candidate alone, or a new {@code div} holding
     * it and its related siblings (moved out of the page). Null when nothing scored. Gives the
     * measures taken on the way when the cleaner can take them over (else null).
     */
    static Content find(Element body, boolean weightClasses, Deadline deadline) {
        ContentScorer scorer = new ContentScorer(body, TextStats.of(body, deadline), weightClasses, deadline);
        Element root = scorer.find();
        if (root == null) {
            return null;
        }
        return new Content(root, scorer.measuresHoldFor(root) ? scorer.stats : null);
    }

    /**
     * Whether the body's measures of {@code content}'s subtree are what measuring from
     * {@code content} would give: not when it is a new wrapper, an inline element (whose text
     * counted towards a block above it) or inside a link (all its text counted as linked).
     */
    private boolean measuresHoldFor(Element content) {
        if (content != body && content.parent() == null || Hints.isInline(content)) {
            return false;
        }
        for (Element p = content.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("a")) {
                return false;
            }
        }
        return true;
    }

    private Element find() {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            deadline.step();
            TextStats.Counts c = stats.get(e);
            if (c.ownText < MIN_PARAGRAPH || c.ownLinkText * 2 > c.ownText) {
                continue;
            }
            double score = 1 + c.ownCommas + Math.min(c.ownText / 100, 3);
            Element target = actsAsParagraph(e) ? e.parent() : e;
            for (int level = 0; target != null && level <= ANCESTOR_LEVELS; level++) {
                if (!scores.containsKey(target)) {
                    scores.put(target, initialScore(target));
                    candidates.add(target);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(target, scores.get(target) + score / divider);
                if (target == body) {
                    break;
                }
                target = target.parent();
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        List<Element> top = new ArrayList<>();
        for (Element e : candidates) {
            double s = scores.get(e) * (1 - stats.linkDensity(e));
            scores.put(e, s);
        }
        candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        top.addAll(candidates.subList(0, Math.min(5, candidates.size())));
        Element best = top.get(0);
        best = widenToSharedAncestor(best, top);
        best = climbWhileScoreRises(best);
        while (best != body && best.parent() != null && best.parent() != body
                && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        List<Element> parts = splitParts(best);
        if (parts.size() > 1) {
            Element wrapper = new Element("div");
            Prune.moveTo(wrapper, parts);
            return wrapper;
        }
        return gatherSiblings(best);
    }

    /**
     * The parts of an article split over several containers (by ads, asides or pull-outs
     * placed between them): elements elsewhere on the page with the same tag and the same
     * content-like class as the best candidate, holding scored prose. In page order.
     */
    private List<Element> splitParts(Element best) {
        List<Element> parts = new ArrayList<>();
        String cls = best.className();
        if (cls.isEmpty() || !Hints.POSITIVE.matcher(cls).find() || Hints.NEGATIVE.matcher(cls).find()) {
            return parts;
        }
        Element last = null;
        for (Element e : body.getAllElements()) {
            deadline.step();
            if (e == best) {
                parts.add(e);
                last = e;
                continue;
            }
            if (!e.normalName().equals(best.normalName()) || !cls.equals(e.className())
                    || last != null && isAncestor(last, e) || isAncestor(e, best) || isAncestor(best, e)) {
                continue;
            }
            if (scores.containsKey(e) && stats.get(e).text >= 50 && stats.linkDensity(e) < 0.33) {
                parts.add(e);
                last = e;
            }
        }
        return parts;
    }

    /** A block whose content is all inline is one paragraph, however it is tagged. */
    private static boolean actsAsParagraph(Element e) {
        if (PARAGRAPH_LIKE.contains(e.normalName())) {
            return true;
        }
        if (e.normalName().equals("body")) {
            return false;
        }
        for (Element child : e.children()) {
            if (!Hints.isInline(child)) {
                return false;
            }
        }
        return true;
    }

    private double initialScore(Element e) {
        double score;
        switch (e.normalName()) {
            case "div": case "article": case "main": score = 5; break;
            case "pre": case "td": case "blockquote": score = 3; break;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form":
                score = -3; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": score = -5; break;
            default: score = 0;
        }
        if (weightClasses) {
            score += Hints.classWeight(e);
            if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                score += 25;
            }
        }
        return score;
    }

    /** Several strong candidates under one ancestor mean the article is split across them. */
    private Element widenToSharedAncestor(Element best, List<Element> top) {
        double bestScore = scores.get(best);
        List<Element> alternatives = new ArrayList<>();
        for (Element e : top.subList(1, top.size())) {
            if (scores.get(e) >= bestScore * 0.75) {
                alternatives.add(e);
            }
        }
        if (alternatives.size() < 3) {
            return best;
        }
        Element parent = best.parent();
        while (parent != null && parent != body) {
            int containing = 0;
            for (Element alt : alternatives) {
                if (isAncestor(parent, alt)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                return parent;
            }
            parent = parent.parent();
        }
        return best;
    }

    private Element climbWhileScoreRises(Element best) {
        double last = scores.getOrDefault(best, 0.0);
        double threshold = last / 3;
        Element parent = best.parent();
        while (parent != null && parent != body) {
            Double s = scores.get(parent);
            if (s == null) {
                parent = parent.parent();
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                return parent;
            }
            last = s;
            parent = parent.parent();
        }
        return best;
    }

    private Element gatherSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null || best == body) {
            return best;
        }
        double bestScore = scores.getOrDefault(best, 0.0);
        double threshold = Math.max(10, bestScore * 0.2);
        String bestClass = best.className();
        List<Element> keep = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                keep.add(sibling);
                continue;
            }
            double bonus = !bestClass.isEmpty() && bestClass.equals(sibling.className()) ? bestScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                keep.add(sibling);
            } else if (sibling.normalName().equals("p") || actsAsParagraph(sibling) && !Hints.isInline(sibling)) {
                TextStats.Counts c = stats.get(sibling);
                double density = stats.linkDensity(sibling);
                if (c.text > 80 && density < 0.25) {
                    keep.add(sibling);
                } else if (c.text > 0 && c.text <= 80 && density == 0 && endsSentence(sibling.text())) {
                    keep.add(sibling);
                }
            }
        }
        if (keep.size() == 1) {
            return best;
        }
        Element wrapper = new Element("div");
        Prune.moveTo(wrapper, keep);
        return wrapper;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("\u3002");
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
