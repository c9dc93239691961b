package dev.lede.query;

import dev.lede.model.ControlText;
import dev.lede.model.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the query language: free words, {@code "exact phrase"}, {@code -word},
 * {@code -"phrase"}, {@code tag:x}, {@code -tag:x}, {@code is:bookmarked|unread|read|archived} (and
 * {@code -is:...}), {@code site:host} (subdomains too), {@code after:DATE}, {@code before:DATE}
 * (DATE is YYYY-MM-DD, YYYY-MM or YYYY, both ends inclusive), {@code feed:ID} or
 * {@code feed:NAME} ({@code feed:"Two words"}; the title, any case). A last word ending in {@code *}
 * matches as a prefix. Anything that is not a known filter is text, so any input parses
 * (quotes, {@code AND}, {@code NEAR(}, parentheses are just words); only a known filter with
 * a bad value is an error, a {@link QueryException} that names it.
 */
public final class QueryParser {
    private QueryParser() {
    }

    /** Parses a complete query. */
    public static Query parse(String input) {
        return parse(input, false);
    }

    /**
     * Parses a query; with {@code asYouType} the last free word also matches as a prefix
     * (unless the input ends with a space).
     */
    public static Query parse(String input, boolean asYouType) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> excludedTags = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        List<String> feeds = new ArrayList<>();
        Boolean bookmarked = null;
        Boolean read = null;
        Boolean pending = null;
        Boolean archived = null;
        LocalDate after = null;
        LocalDate before = null;
        Long story = null;
        boolean lastIsWord = false;
        boolean lastHasStar = false;

        String s = input == null ? "" : input;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
            int start = negated ? i + 1 : i;
            if (start < s.length() && s.charAt(start) == '"') {
                int close = s.indexOf('"', start + 1);
                int end = close < 0 ? s.length() : close;
                String phrase = s.substring(start + 1, end).strip();
                if (hasWordCharacter(phrase)) {
                    (negated ? excluded : phrases).add(phrase);
                }
                i = close < 0 ? s.length() : close + 1;
                lastIsWord = false;
                continue;
            }
            if (s.regionMatches(true, start, "feed:\"", 0, 6)) {
                refuseNegated(negated, "feed:", "feed:");
                int close = s.indexOf('"', start + 6);
                String name = s.substring(start + 6, close < 0 ? s.length() : close).strip();
                feeds.add(requireValue("feed:", name, "a feed id or title"));
                i = close < 0 ? s.length() : close + 1;
                lastIsWord = false;
                continue;
            }
            int end = start;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            String token = s.substring(start, end);
            i = end;
            lastIsWord = false;
            int colon = token.indexOf(':');
            String key = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
            String value = colon > 0 ? token.substring(colon + 1) : "";
            switch (key) {
                case "tag" -> (negated ? excludedTags : tags).add(tag(token, value));
                case "is" -> {
                    String state = requireValue(token, value, "bookmarked, unread, read or archived").toLowerCase(Locale.ROOT);
                    switch (state) {
                        case "bookmarked", "starred" -> bookmarked = !negated;
                        case "unread" -> read = negated;
                        case "read" -> read = !negated;
                        case "pending" -> pending = !negated;
                        case "archived" -> archived = !negated;
                        default -> throw new QueryException("unknown filter " + ControlText.echo(token)
                                + ": use is:bookmarked, is:unread, is:read, is:archived or is:pending");
                    }
                }
                case "site" -> {
                    refuseNegated(negated, token, "site:");
                    sites.add(site(token, value));
                }
                case "after" -> {
                    refuseNegated(negated, token, "after:");
                    after = date(token, value, false);
                }
                case "feed" -> {
                    refuseNegated(negated, token, "feed:");
                    feeds.add(requireValue(token, value, "a feed id or title"));
                }
                case "before" -> {
                    refuseNegated(negated, token, "before:");
                    before = date(token, value, true);
                }
                case "story" -> {
                    refuseNegated(negated, token, "story:");
                    story = storyId(token, value);
                }
                default -> {
                    boolean star = !negated && token.endsWith("*");
                    String word = star ? token.replaceFirst("\\*+$", "") : token;
                    if (hasWordCharacter(word)) {
                        if (negated) {
                            excluded.add(word);
                        } else {
                            words.add(word);
                            lastIsWord = true;
                            lastHasStar = star;
                        }
                    }
                }
            }
        }
        if (after != null && before != null && after.isAfter(before)) {
            throw new QueryException("after:" + after + " is later than before:" + before + ": no article can match");
        }
        // Typing: the word under the cursor is incomplete. An explicit "word*" is a prefix too.
        boolean typing = asYouType && !s.isEmpty() && !Character.isWhitespace(s.charAt(s.length() - 1));
        boolean prefix = lastIsWord && (typing || lastHasStar);
        return new Query(words, phrases, excluded, tags, excludedTags, bookmarked, read, sites,
                after, before, prefix, feeds, pending, story, archived);
    }

    private static void refuseNegated(boolean negated, String token, String filter) {
        if (negated) {
            throw new QueryException("-" + ControlText.echo(token) + ": " + filter + " cannot be negated"
                    + (filter.equals("site:") || filter.equals("feed:") ? "" : "; use " + (filter.equals("after:") ? "before:" : "after:")
                    + " instead"));
        }
    }

    /** A story id: a positive number, as {@code lede stories} prints it. */
    private static long storyId(String token, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new QueryException("bad filter " + token + ": give a story number, e.g. story:12");
    }

    /** A tag as the library stores it: without a leading '#', lower case. */
    private static String tag(String token, String value) {
        String tag = requireValue(token, value, "a tag name").replaceFirst("^#+", "").toLowerCase(Locale.ROOT);
        if (tag.isEmpty()) {
            throw new QueryException("empty filter " + ControlText.echo(token) + ": give a tag name, e.g. tag:city");
        }
        return tag;
    }

    private static String requireValue(String token, String value, String what) {
        if (value.isBlank()) {
            throw new QueryException("empty filter " + ControlText.echo(token) + ": give " + what + ", e.g. " + example(token));
        }
        return value;
    }

    private static String site(String token, String value) {
        String host = requireValue(token, value, "a host").toLowerCase(Locale.ROOT);
        host = host.replaceFirst("^[a-z]+://", "").replaceFirst("[/:?#].*$", "").replaceFirst("^www\\.", "");
        if (host.isEmpty()) {
            throw new QueryException("bad filter " + ControlText.echo(token) + ": give a host, e.g. site:example.com");
        }
        return host;
    }

    private static String example(String token) {
        String key = token.substring(0, token.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return switch (key) {
            case "site:" -> "site:example.com";
            case "after:" -> "after:2025-01-01";
            case "before:" -> "before:2025-06-30";
            case "is:" -> "is:unread";
            case "feed:" -> "feed:3";
            case "story:" -> "story:12";
            default -> "tag:city";
        };
    }

    /** A day, or a month or year meaning its first day (after:) or last day (before:). */
    private static LocalDate date(String token, String value, boolean endOfPeriod) {
        requireValue(token, value, "a date");
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return endOfPeriod ? month.atEndOfMonth() : month.atDay(1);
            }
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new QueryException("bad date in " + ControlText.echo(token) + ": use YYYY-MM-DD, YYYY-MM or YYYY");
    }

    private static boolean hasWordCharacter(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
