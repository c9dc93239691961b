package dev.lede.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short lines in an article's body that only repeat the page's metadata or are notes of the
 * site rather than text of the story: the publication date on its own, a tag list, a note
 * on the comment policy.
 */
final class MetadataLines {
    /** A labelled list of tags or topics: "Tags: harbour, fees", "Filed under: News". */
    private static final Pattern TAG_LIST = Pattern.compile(
            "^(tags?|tagged( with| in)?|topics?|filed (under|in)|categories|category|keywords|more about)\\s*[:：].{0,140}$",
            Pattern.CASE_INSENSITIVE);
    /** A note on how comments work: "Comments are moderated...", "Comments are closed." */
    private static final Pattern COMMENT_POLICY = Pattern.compile(
            "^(comments? (are|is) (now )?(closed|moderated|disabled|welcome|reviewed|turned off)"
            + "|comments? policy|we (welcome|moderate|review) (your |all )?comments"
            + "|(please )?(read|see) our comments? (policy|guidelines)).{0,140}$",
            Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    /** Words a date line may carry besides the date itself. */
    private static final Set<String> DATE_WORDS = Set.of(
            "published", "updated", "posted", "last", "modified", "on", "at", "the", "of", "am", "pm", "a", "p", "m",
            "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest", "st", "nd", "rd", "th",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun");

    private MetadataLines() {
    }

    /** The day of an ISO 8601 date or date-time, or null. */
    static LocalDate dateOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** True when a short block is a tag list, a comment-policy note, or the publication date alone. */
    static boolean isMetadataLine(String text, LocalDate published) {
        // Cheap tests first: most blocks have no label colon, no "comment" and not the year.
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 20 && TAG_LIST.matcher(text).matches()) {
            return true;
        }
        if (containsComment(text) && COMMENT_POLICY.matcher(text).matches()) {
            return true;
        }
        return published != null && text.length() < 60 && text.contains(Integer.toString(published.getYear()))
                && isDateLine(text, published);
    }

    private static boolean containsComment(String text) {
        for (int i = text.indexOf('o'); i > 0 && i + 6 <= text.length(); i = text.indexOf('o', i + 1)) {
            if (text.regionMatches(true, i - 1, "comment", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text is the given day in any common written form ("March 4, 2025",
     * "4 Mar 2025 10:14", "Published: 2025-03-04", "04/03/2025") with nothing else but
     * words like "updated", a weekday or a time.
     */
    static boolean isDateLine(String text, LocalDate day) {
        boolean year = false;
        boolean month = false;
        boolean dayOfMonth = false;
        String monthName = MONTHS[day.getMonthValue() - 1];
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String number = token.replaceAll("^(\\d{1,2})(st|nd|rd|th)$", "$1"); // "4th"
            if (number.chars().allMatch(Character::isDigit)) {
                int n = number.length() > 4 ? -1 : Integer.parseInt(number);
                if (n == day.getYear()) {
                    year = true;
                } else if (n == day.getDayOfMonth() && !dayOfMonth) {
                    dayOfMonth = true;
                } else if (n == day.getMonthValue()) {
                    month = true;
                } else if (n < 0 || n > 59) {
                    return false; // another number: not this date
                }
                continue;
            }
            if (token.startsWith(monthName)) {
                month = true;
            } else if (!DATE_WORDS.contains(token)) {
                return false;
            }
        }
        return year && month && dayOfMonth;
    }
}
