package dev.lede.store;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The search snippet of an article: up to {@value #TOKENS} words of its text around the
 * hits, each hit between {@link ArticleSummary#HIT_START} and {@link ArticleSummary#HIT_END},
 * "…" where the text was cut. Words and matching follow the full-text index (its unicode61
 * tokenizer: letters and numbers with their combining marks, case folded, accents removed
 * from Latin letters; the last word as a prefix while typing). FTS5's snippet() made the
 * same from the index and the content view per result, about three times the cost of
 * reading the text here; the two were compared on 1,800 results and agree.
 */
final class Snippets {
    static final int TOKENS = 16;
    private static final String ELLIPSIS = "\u2026";

    /** The query's words and phrases, each as its folded tokens. */
    private final List<String[]> terms;
    /** The term that matches as a prefix (the word being typed), or -1. */
    private final int prefixTerm;

    private Snippets(List<String[]> terms, int prefixTerm) {
        this.terms = terms;
        this.prefixTerm = prefixTerm;
    }

    /** Snippets for the words and phrases of {@code query}, as {@link QuerySql} matches them. */
    static Snippets of(Query query) {
        List<String[]> terms = new ArrayList<>();
        int prefixTerm = -1;
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            String[] tokens = foldedTokens(words.get(i));
            if (tokens.length == 0) {
                continue;
            }
            if (QuerySql.isPrefix(query, i)) {
                prefixTerm = terms.size();
            }
            terms.add(tokens);
        }
        for (String phrase : query.phrases()) {
            String[] tokens = foldedTokens(phrase);
            if (tokens.length > 0) {
                terms.add(tokens);
            }
        }
        return new Snippets(terms, prefixTerm);
    }

    /** The snippet of {@code text}, as FTS5's {@code snippet(..., 16)} would make it. */
    String of(String text) {
        return of(Tokens.of(text));
    }

    /** The snippet of a text already split into words ({@link #words}). */
    String of(Words words) {
        return of(words.tokens);
    }

    /**
     * A text split into words once, for snippets of several queries: each letter typed in the
     * search prompt finds mostly the articles the letter before found, and reading and
     * splitting their bodies was two thirds of the snippets' time.
     */
    static Words words(String text) {
        return new Words(Tokens.of(text));
    }

    /** See {@link #words}. Not for two threads at once (words beyond ASCII are folded when first compared). */
    static final class Words {
        private final Tokens tokens;

        private Words(Tokens tokens) {
            this.tokens = tokens;
        }
    }

    private String of(Tokens t) {
        String text = t.text;
        int count = t.count;
        // The hits as FTS5's instances: every term matching at a token, by token then term.
        List<int[]> hits = new ArrayList<>(); // {token, term, one past its last token}
        int[] hitEnd = new int[count]; // one past the furthest hit starting at a token, else 0
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < terms.size(); k++) {
                String[] term = terms.get(k);
                if (i + term.length <= count && matches(t, i, term, k == prefixTerm)) {
                    hits.add(new int[] {i, k, i + term.length});
                    hitEnd[i] = Math.max(hitEnd[i], i + term.length);
                }
            }
        }
        int start = bestStart(t, hits);
        int last = Math.min(count, start + TOKENS) - 1; // the window's last token
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        int from = start == 0 ? 0 : t.start[start]; // from the text's start, as FTS5
        int openUntil = -1; // one past the last token of the hit being marked
        for (int i = start; i <= last; i++) {
            if (hitEnd[i] > 0 && openUntil < 0) {
                out.append(text, from, t.start[i]).append(ArticleSummary.HIT_START);
                from = t.start[i];
            }
            if (hitEnd[i] > 0) {
                openUntil = Math.max(openUntil, hitEnd[i]); // overlapping hits are marked as one
            }
            if (openUntil == i + 1 || openUntil > 0 && i == last) {
                out.append(text, from, t.end[i]).append(ArticleSummary.HIT_END);
                from = t.end[i];
                openUntil = -1;
            }
        }
        if (last == count - 1) {
            out.append(text, from, text.length()); // the rest after the last word
        } else {
            out.append(text, from, t.end[last]).append(ELLIPSIS);
        }
        return out.toString();
    }

    /**
     * FTS5's choice of window: for each hit, the window from it (moved to put its hits in the
     * middle) and the one from the start of its sentence (a bonus of 100, 120 at the text's
     * start); scored 1000 for each different term in it and 1 for each repeat; the first best.
     */
    private int bestStart(Tokens t, List<int[]> hits) {
        int count = t.count;
        int best = 0;
        int bestScore = 0;
        int sentence = 0; // the start of the sentence of the token at hand
        int scanned = 0;
        for (int[] hit : hits) {
            for (; scanned <= hit[0]; scanned++) {
                if (t.startsSentence(scanned)) {
                    sentence = scanned;
                }
            }
            int[] window = window(hit[0], hits);
            if (window[0] > bestScore) {
                bestScore = window[0];
                // centred: iFirst - (nToken - (iLast - iFirst)) / 2, kept inside the text
                int start = hit[0] - (TOKENS - (window[1] - hit[0])) / 2;
                best = Math.max(0, Math.min(start, count - TOKENS));
            }
            if (count > TOKENS && sentence < hit[0]) {
                int fromSentence = window(sentence, hits)[0] + (sentence == 0 ? 120 : 100);
                if (fromSentence > bestScore) {
                    bestScore = fromSentence;
                    best = sentence;
                }
            }
        }
        return best;
    }

    /**
     * The score of the window from token {@code from}, and one past the last hit in it (FTS5's
     * iLast). Hits are in token order: only those inside the window are read.
     */
    private int[] window(int from, List<int[]> hits) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) { // the first hit at or after from
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid)[0] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        boolean[] seen = new boolean[terms.size()];
        int score = 0;
        int last = from;
        for (int i = lo; i < hits.size() && hits.get(i)[0] < from + TOKENS; i++) {
            int[] hit = hits.get(i);
            score += seen[hit[1]] ? 1 : 1000;
            seen[hit[1]] = true;
            last = hit[2];
        }
        return new int[] {score, last};
    }

    private static boolean matches(Tokens t, int at, String[] term, boolean prefix) {
        for (int j = 0; j < term.length; j++) {
            if (!t.is(at + j, term[j], prefix && j == term.length - 1)) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of {@code s}, folded as the index folds them. */
    static String[] foldedTokens(String s) {
        Tokens t = Tokens.of(s);
        String[] out = new String[t.count];
        for (int i = 0; i < t.count; i++) {
            out[i] = t.folded(i);
        }
        return out;
    }

    /** {@link #isTokenChar} of each ASCII char. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = isTokenChar(c);
        }
    }

    /** Letters, numbers and private-use characters make words; everything else separates them. */
    private static boolean isTokenChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Combining marks (accents typed apart from their letter) continue a word, as in the index. */
    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return cp >= 0x300 && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK);
    }

    /**
     * Lower case, one character at a time, with the accents of Latin letters removed (the
     * index's {@code remove_diacritics 2}; other scripts keep theirs); final sigma is sigma.
     */
    private static String fold(String token) {
        String decomposed = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int base = 0; // the letter the marks that follow belong to
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (mark && base < 0x80) {
                continue;
            }
            if (!mark) {
                base = cp;
            }
            int lower = Character.toLowerCase(cp);
            out.appendCodePoint(lower == '\u03c2' ? '\u03c3' : lower);
        }
        return out.toString();
    }

    /** The word boundaries of a text; a word beyond ASCII is folded when first compared. */
    private static final class Tokens {
        final String text;
        // The text's chars: every result's whole body is read, and a String's charAt checks
        // its index and its coding on each call.
        final char[] chars;
        int[] start;
        int[] end;
        String[] folded; // for words beyond ASCII only
        boolean[] ascii;
        int count;

        private Tokens(String text) {
            this.text = text;
            this.chars = text.toCharArray();
            int capacity = Math.max(16, chars.length / 5); // about one word in six chars
            start = new int[capacity];
            end = new int[capacity];
            folded = new String[capacity];
            ascii = new boolean[capacity];
        }

        static Tokens of(String text) {
            Tokens t = new Tokens(text);
            char[] chars = t.chars;
            int n = chars.length;
            int i = 0;
            while (i < n) {
                // ASCII a char at a time: most text is
                char c = chars[i];
                if (c < 128 ? !ASCII_WORD[c] : !isTokenChar(text.codePointAt(i))) {
                    i += c < 128 ? 1 : Character.charCount(text.codePointAt(i));
                    continue;
                }
                int s = i;
                boolean ascii = true;
                while (i < n) {
                    char d = chars[i];
                    if (d < 128) {
                        if (!ASCII_WORD[d]) {
                            break;
                        }
                        i++;
                        continue;
                    }
                    int cp = text.codePointAt(i);
                    if (!isTokenChar(cp) && !isMark(cp)) {
                        break;
                    }
                    ascii = false;
                    i += Character.charCount(cp);
                }
                t.add(s, i, ascii);
            }
            return t;
        }

        private void add(int s, int e, boolean isAscii) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                folded = Arrays.copyOf(folded, count * 2);
                ascii = Arrays.copyOf(ascii, count * 2);
            }
            start[count] = s;
            end[count] = e;
            ascii[count] = isAscii;
            count++;
        }

        String folded(int i) {
            if (folded[i] == null) {
                String word = text.substring(start[i], end[i]);
                folded[i] = ascii[i] ? word.toLowerCase(Locale.ROOT) : fold(word);
            }
            return folded[i];
        }

        /** FTS5's sentence start: the first token, or one after a '.' or ':' and white space. */
        boolean startsSentence(int i) {
            if (i == 0) {
                return true;
            }
            int j = start[i] - 1;
            while (j >= 0 && (chars[j] == ' ' || chars[j] == '\t' || chars[j] == '\n' || chars[j] == '\r')) {
                j--;
            }
            return j < start[i] - 1 && j >= 0 && (chars[j] == '.' || chars[j] == ':');
        }

        /** Whether token {@code i} is {@code term} (folded), or begins with it when {@code prefix}. */
        boolean is(int i, String term, boolean prefix) {
            if (!ascii[i]) {
                String f = folded(i);
                return prefix ? f.startsWith(term) : f.equals(term);
            }
            int length = end[i] - start[i];
            if (prefix ? length < term.length() : length != term.length()) {
                return false;
            }
            for (int j = 0; j < term.length(); j++) {
                char c = chars[start[i] + j];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != term.charAt(j)) {
                    return false;
                }
            }
            return true;
        }
    }
}
