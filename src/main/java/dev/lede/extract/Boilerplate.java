package dev.lede.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes web furniture in text: promo lines ("Read more: ...", "Related: ...", "You
 * might also like: ..."), share and comment prompts, "Back to top". Shared by the HTML
 * cleaner and the plain-text cleaner, so both drop the same things.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    private static final String LEAD = "^[^\\p{L}\\p{N}]*";
    /** A promo line: a label such as "Read more" followed by a colon, arrow or dash (match with lookingAt). */
    static final Pattern PROMO = Pattern.compile(LEAD
            + "(read (more|next|also|this)|more reading|also read|related( articles?| stories| coverage"
            + "| content| reading| links?| posts?| news)?|see also|you (might|may) (also )?(like|enjoy|be interested)"
            + "|recommended( for you| reading)?|more from|more on|more stories|further reading|don'?t miss|see more"
            + "|watch|listen|sponsored|trending|most popular|top stories|editor'?s picks?|previously"
            + "|sign up|subscribe|click here|follow us|join us|get the|download the)"
            + "\\s*[:：»›>|\\-–—]", Pattern.CASE_INSENSITIVE);
    /** Whole blocks that are page furniture whatever comes around them. */
    static final Pattern FURNITURE = Pattern.compile(LEAD
            + "(advertisement|advertising|ad|sponsored( content)?|back to (the )?top|top of page|share( this)?"
            + "( (article|story|post|page))?( on \\w+)?|continue reading|read more|show more|load more|print"
            + "|email|e-mail|tweet|facebook|twitter|linkedin|pinterest|whatsapp|comments?|leave a (comment|reply)"
            + "|skip (to|ad).*|loading\\.*|related( articles?| stories| posts)?|recommended|you (might|may) also like"
            + "|image|photo|view (image|gallery|comments)|enlarge this image|toggle caption|hide caption"
            + "|subscribe( now)?|sign up( now)?|newsletter|more stories|more from .{1,40}|follow us.*"
            + "|story continues below( advertisement)?|article continues below( advertisement)?"
            + "|this (article|story) (is|was) (about|from|part).*|advert|continue reading below|don'?t miss"
            + "|(this )?slideshow requires javascript|javascript (is )?(required|disabled).*|see more|more videos?"
            + "|tell us what you think.*|join the (conversation|discussion).*|sharing is caring"
            + "|\\[/?[a-z_]+( [^\\]]*)?\\].*|all rights reserved.*|\\d{1,3})[^\\p{L}\\p{N}]*$",
            Pattern.CASE_INSENSITIVE);
    /** Longest text that may still be a promo line rather than a paragraph that mentions one. */
    static final int PROMO_MAX_CHARS = 300;

    /** True when the whole line is furniture or a promo. */
    static boolean isBoilerplate(String line) {
        String text = line.strip();
        return FURNITURE.matcher(text).matches()
                || (text.length() < PROMO_MAX_CHARS && PROMO.matcher(text).lookingAt());
    }

    /**
     * Lower-case letters and digits only: two lines with the same key say the same thing
     * whatever their case, quotes and punctuation. For titles and bylines.
     */
    static String titleKey(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                return normalizedKey(s); // NFKC leaves ASCII as it is: most text never gets here
            }
            if (ch >= 'A' && ch <= 'Z') {
                out[n++] = (char) (ch + ('a' - 'A'));
            } else if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
                out[n++] = ch;
            }
        }
        return new String(out, 0, n);
    }

    private static String normalizedKey(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
