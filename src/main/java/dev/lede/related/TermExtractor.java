package dev.lede.related;

import dev.lede.store.TermCount;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns an article into the terms related stories compare: lower-cased words without accents
 * (title words counted {@value #TITLE_WEIGHT} times), flagged when they look like names,
 * numbers or dates, plus the pages it links to.
 */
final class TermExtractor {
    static final int TITLE_WEIGHT = 2;
    private static final int MAX_LINKS = 50;

    private static final TermTable STOP = stopWords("""
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
            yourselves s t d ll m re ve mr mrs ms""");

    private TermExtractor() {
    }

    private static TermTable stopWords(String words) {
        String[] list = words.strip().split("\\s+");
        TermTable table = new TermTable(list.length);
        for (String word : list) {
            table.add(word, 1, 0);
        }
        return table;
    }

    /** The terms of an article in first-seen order, each once, without the {@code POSTED} flag. */
    static TermTable extract(String title, String text, String html) {
        String t = title == null ? "" : title.strip();
        String body = text == null ? "" : text;
        if (!t.isEmpty() && body.startsWith(t)) {
            body = body.substring(t.length()); // the title repeated as the first line
        }
        TermTable terms = new TermTable(body.length() / 16);
        words(t, TITLE_WEIGHT, TermCount.TITLE, terms);
        words(body, 1, 0, terms);
        links(html, terms);
        return terms;
    }

    private static void words(String text, int weight, int flags, TermTable terms) {
        char[] cs = text.toCharArray(); // an array walks faster than codePointAt
        char[] lower = new char[32];
        int n = cs.length;
        int i = 0;
        while (i < n) {
            int cp = cs[i] < 128 ? cs[i] : Character.codePointAt(cs, i, n);
            if (!isWordChar(cp)) {
                i += cp < 128 ? 1 : Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n) {
                char c = cs[i];
                if (c < 128) { // most text: no code point to assemble
                    if (!isAsciiWordChar(c)) {
                        break;
                    }
                    i++;
                    continue;
                }
                cp = Character.codePointAt(cs, i, n);
                if (!Character.isLetterOrDigit(cp)) {
                    break;
                }
                ascii = false;
                i += Character.charCount(cp);
            }
            int length = i - start;
            if (length < 2 && ascii) {
                continue;
            }
            char[] word;
            if (ascii) {
                // Lower-cased in place of a String: most words were seen before and need none.
                if (lower.length < length) {
                    lower = new char[Math.max(length, lower.length * 2)];
                }
                for (int j = 0; j < length; j++) {
                    char c = cs[start + j];
                    lower[j] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                }
                word = lower;
            } else {
                word = fold(new String(cs, start, length)).toCharArray();
                length = word.length;
                if (length < 2) {
                    continue;
                }
            }
            int hash = TermCount.hash(word, 0, length);
            if (STOP.find(word, 0, length, hash) >= 0) {
                continue;
            }
            char first = cs[start];
            boolean entity = first >= 'A' && first <= 'Z' || first >= '0' && first <= '9'
                    || first >= 128 && (Character.isUpperCase(Character.codePointAt(cs, start, n))
                            || Character.isDigit(Character.codePointAt(cs, start, n)));
            terms.add(word, 0, length, hash, weight, flags | (entity ? TermCount.ENTITY : 0));
        }
    }

    private static boolean isWordChar(int cp) {
        return cp < 128 ? isAsciiWordChar(cp) : Character.isLetterOrDigit(cp);
    }

    private static boolean isAsciiWordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
    private static void links(String html, TermTable terms) {
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
            if (!(html.startsWith("http://", start) || html.startsWith("https://", start))) {
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
            terms.addOnce("link:" + host + path, TermCount.LINK | TermCount.ENTITY);
            seen++;
        }
    }
}
