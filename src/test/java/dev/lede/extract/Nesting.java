package dev.lede.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A strict check of extracted HTML: every element opened is closed, innermost first, and a
 * browser would build exactly the tree the markup spells (no paragraph it must close early,
 * no element it must move). Gives the first problem found, or null when the HTML is sound.
 */
final class Nesting {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z0-9]*)[^>]*>");
    private static final Set<String> VOID = Set.of("img", "br", "hr");

    private Nesting() {
    }

    static String problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group(2);
            if (VOID.contains(tag)) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(tag);
            } else if (open.isEmpty() || !open.peek().equals(tag)) {
                return "</" + tag + "> at " + m.start() + " closes " + (open.isEmpty() ? "nothing" : "<" + open.peek() + ">")
                        + " near: " + around(html, m.start());
            } else {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            return "left open: " + open;
        }
        // Parsed as a browser would, the markup must give the same tags: no implied closes or moves.
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        String mine = skeleton(html);
        String parsed = skeleton(doc.body().html());
        if (!mine.equals(parsed)) {
            int at = firstDifference(mine, parsed);
            return "a browser nests it differently: " + around(mine, at) + " / parsed: " + around(parsed, at);
        }
        return null;
    }

    /** The tags alone, in order. */
    private static String skeleton(String html) {
        StringBuilder out = new StringBuilder();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            out.append('<').append(m.group(1)).append(m.group(2)).append('>');
        }
        return out.toString();
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 80), Math.min(s.length(), at + 80));
    }
}
