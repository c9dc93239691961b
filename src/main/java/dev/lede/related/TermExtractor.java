package dev.lede.related;

import dev.lede.store.TermCount;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article into the terms related stories compare: lower-cased words without accents
 * (title words counted {@value #TITLE_WEIGHT} times), flagged when they look like names,
 * numbers or dates, plus the pages it links to.
 */
final class TermExtractor {
    static final int TITLE_WEIGHT = 2;
    private static final int MAX_LINKS = 50;

    static final Set<String> STOP = Set.of(("""
            a about above after again against all almost also although always am among an and
            another any anyone anything are aren around as at back be became because become
            been before being below between both but by can cannot could couldn did didn do
            does doesn doing don done down during each either else enough even ever every few
            for from further get gets got had hadn has hasn have haven having he her here hers
            herself him himself his how however i if in into is isn it its itself just least
            less let like made make many may me might more most much must my myself neither
            no nor not now of off often on once one only or other others otherwise our ours
            ourselves out over own per perhaps quite rather really said same say says see
            seem seemed several shall shan she should shouldn since so some still such than
            that the their theirs them themselves then there therefore these they this those
            though through thus to too toward towards under until up upon us very via was
            wasn we well were weren what whatever when where whether which while who whom
            whose why will with within without won would wouldn yet you your yours yourself
            yourselves s t d ll m re ve mr mrs ms""").split("\\s+"));

    private TermExtractor() {
    }

    /** The terms of an article, unordered, each once, without the {@code POSTED} flag. */
    static List<TermCount> extract(String title, String text, String html) {
        Map<String, int[]> terms = new HashMap<>(); // term -> {count, flags}
        String t = title == null ? "" : title.strip();
        String body = text == null ? "" : text;
        if (!t.isEmpty() && body.startsWith(t)) {
            body = body.substring(t.length()); // the title repeated as the first line
        }
        words(t, TITLE_WEIGHT, TermCount.TITLE, terms);
        words(body, 1, 0, terms);
        links(html, terms);
        List<TermCount> out = new ArrayList<>(terms.size());
        terms.forEach((term, cf) -> out.add(new TermCount(term, cf[0], cf[1])));
        return out;
    }

    private static void words(String text, int weight, int flags, Map<String, int[]> terms) {
        char[] cs = text.toCharArray(); // an array walks faster than codePointAt
        int n = cs.length;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(cs, i, n);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n) {
                cp = Character.codePointAt(cs, i, n);
                if (!isWordChar(cp)) {
                    break;
                }
                ascii &= cp < 128;
                i += Character.charCount(cp);
            }
            int length = i - start;
            if (length < 2 && ascii) {
                continue;
            }
            String word = ascii ? lowerAscii(cs, start, length) : fold(new String(cs, start, length));
            if (word.length() < 2 || STOP.contains(word)) {
                continue;
            }
            char first = cs[start];
            boolean entity = first >= 'A' && first <= 'Z' || first >= '0' && first <= '9'
                    || first >= 128 && (Character.isUpperCase(Character.codePointAt(cs, start, n))
                            || Character.isDigit(Character.codePointAt(cs, start, n)));
            int[] cf = terms.computeIfAbsent(word, w -> new int[2]);
            cf[0] += weight;
            cf[1] |= flags | (entity ? TermCount.ENTITY : 0);
        }
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.isLetterOrDigit(cp);
    }

    private static String lowerAscii(char[] cs, int start, int length) {
        byte[] lower = new byte[length];
        for (int j = 0; j < length; j++) {
            char c = cs[start + j];
            lower[j] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        // From Latin-1 bytes the string keeps them as they are; from chars it would compress them.
        return new String(lower, StandardCharsets.ISO_8859_1);
    }

    /** Lower case without accents, like the search index's {@code remove_diacritics}. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean endsUrl(char c) {
        return c == '"' || c == '\'' || c == '>' || Character.isWhitespace(c);
    }

    /** Links to article pages (not home pages) as {@code link:host/path} terms. */
    private static void links(String html, Map<String, int[]> terms) {
        if (html == null || html.isEmpty()) {
            return;
        }
        int seen = 0;
        int from = 0;
        while (seen < MAX_LINKS) {
            // The clean HTML writes every link as href="..." (a plain search beats a regex here).
            int at = html.indexOf("href=\"", from);
            if (at < 0) {
                break;
            }
            int start = at + 6;
            int end = start;
            while (end < html.length() && !endsUrl(html.charAt(end))) {
                end++;
            }
            from = end;
            if (!(html.startsWith("http://", start) || html.startsWith("https://", start))
                    || end == html.indexOf("//", start) + 2) {
                continue;
            }
            String url = html.substring(start, end).replace("&amp;", "&");
            String rest = url.substring(url.indexOf("//") + 2);
            for (int i = 0; i < rest.length(); i++) {
                if (rest.charAt(i) == '?' || rest.charAt(i) == '#') {
                    rest = rest.substring(0, i); // no query or fragment
                    break;
                }
            }
            int slash = rest.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String host = rest.substring(0, slash).toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int pathEnd = rest.length();
            while (pathEnd > slash && rest.charAt(pathEnd - 1) == '/') {
                pathEnd--;
            }
            String path = rest.substring(slash, pathEnd);
            if (host.isEmpty() || path.isEmpty()) {
                continue;
            }
            int[] cf = terms.computeIfAbsent("link:" + host + path, w -> new int[2]);
            cf[0] = 1;
            cf[1] |= TermCount.LINK | TermCount.ENTITY;
            seen++;
        }
    }
}
