package dev.lede.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes the web furniture that scraped text carries: promo lines ("Read more: ...",
 * "Related: ...", "You might also like: ..."), share and comment prompts, "Back to top".
 * Shared by the HTML extractor and the plain-text cleaner so both drop the same lines.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    /** Lines that are furniture in their entirety ("Leave a Reply", "Share this"). */
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "(leave a (reply|comment)|post a comment|add a comment|comments?( \\(\\d+\\))?|\\d+ comments?"
                    + "|back to top|scroll to top|return to top|top of page"
                    + "|share( this( (article|story|post|page))?)?( on \\w+)?|share via \\w+|click to share.*"
                    + "|like this|tweet|pin it|email this|print( this( article|page)?)?"
                    + "|related( (posts|articles|stories|content|reading))?|more from .{1,40}"
                    + "|post navigation|previous post|next post|advertisement|sponsored( content)?"
                    + "|subscribe( to our newsletter)?|sign up for our newsletter|follow us( on \\w+)?"
                    + "|skip to (main )?content|cookie settings|accept( all)? cookies"
                    + "|you might also like|you may also like|recommended( for you)?|read more|continue reading"
                    + "|loading comments|filed under)",
            Pattern.CASE_INSENSITIVE);

    /** Lines that introduce a promo link: a label, a colon or dash, then anything. */
    private static final Pattern PROMO = Pattern.compile(
            "(read more|read also|also read|related|related (story|article|post|coverage|reading)"
                    + "|you might also like|you may also like|see also|more|recommended|don't miss"
                    + "|most read|trending|watch|listen|more on this story|further reading"
                    + "|sign up|subscribe|click here)\\s*[:\\-\u2013\u2014|\u00bb>]+\\s*.*",
            Pattern.CASE_INSENSITIVE);

    /** True when the whole line is boilerplate. */
    static boolean isBoilerplate(String line) {
        String core = stripDecoration(line);
        if (core.isEmpty()) {
            return false;
        }
        return WHOLE_LINE.matcher(core).matches() || PROMO.matcher(core).matches();
    }

    /**
     * The line without leading bullets, emoji, arrows and other symbols and without trailing
     * punctuation and symbols, so "👉 Read more: X" and "• Back To Top ↑" reduce to their words.
     */
    static String stripDecoration(String line) {
        String s = line.strip();
        int start = 0;
        while (start < s.length()) {
            int cp = s.codePointAt(start);
            if (Character.isLetterOrDigit(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        int end = s.length();
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (Character.isLetterOrDigit(cp) || cp == ')' || cp == ':') {
                break;
            }
            end -= Character.charCount(cp);
        }
        String core = s.substring(start, end).strip();
        if (core.endsWith(":")) {
            core = core.substring(0, core.length() - 1).strip();
        }
        return core;
    }

    /**
     * A comparison key for titles: lower case, accents, quotes and punctuation removed,
     * spaces collapsed. Two lines with the same key say the same thing.
     */
    static String titleKey(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.appendCodePoint(cp);
                space = false;
            } else if (Character.isWhitespace(cp) || cp == '-' || cp == '\u2013' || cp == '\u2014') {
                space = true;
            }
        }
        return key.toString();
    }
}
