package dev.lede.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed search in the query language: every part must hold for an article to match.
 *
 * @param words         free words, all must match; the last one also matches as a prefix
 *                      when {@code prefixLast} is set (search as you type)
 * @param phrases       exact phrases
 * @param excludedWords words that must not occur
 * @param tags          tags the article must have
 * @param excludedTags  tags it must not have
 * @param bookmarked    required bookmark state, or null for either
 * @param read          required read state, or null for either
 * @param sites         sites (a host and its subdomains); any may match
 * @param after         saved or published on or after this day, or null
 * @param before        saved or published on or before this day, or null
 * @param feeds         feeds the article must come from (each a feed id, or a title matched
 *                      without regard to case); every one must hold
 * @param pending       required pending state (saved, its page not fetched yet), or null
 * @param story         the story the article must belong to, or null
 * @param archived      required archive state, or null for either
 */
public record Query(
        List<String> words,
        List<String> phrases,
        List<String> excludedWords,
        List<String> tags,
        List<String> excludedTags,
        Boolean bookmarked,
        Boolean read,
        List<String> sites,
        LocalDate after,
        LocalDate before,
        boolean prefixLast,
        List<String> feeds,
        Boolean pending,
        Long story,
        Boolean archived) {

    /** The query that matches everything. */
    public static final Query ALL = new Query(List.of(), List.of(), List.of(), List.of(), List.of(),
            null, null, List.of(), null, null, false, List.of(), null, null, null);

    /** This query with {@code read} as its read condition. */
    public Query withRead(Boolean read) {
        return new Query(words, phrases, excludedWords, tags, excludedTags, bookmarked, read, sites, after, before,
                prefixLast, feeds, pending, story, archived);
    }

    public Query {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excludedWords = List.copyOf(excludedWords);
        tags = List.copyOf(tags);
        excludedTags = List.copyOf(excludedTags);
        sites = List.copyOf(sites);
        feeds = List.copyOf(feeds);
    }

    /**
     * True when the query has no condition, as {@link #ALL}. Cheaper than {@code equals}, whose
     * first call in a process costs a record tens of milliseconds of set-up.
     */
    public boolean matchesAll() {
        return !hasText() && excludedWords.isEmpty() && tags.isEmpty() && excludedTags.isEmpty()
                && bookmarked == null && read == null && sites.isEmpty() && after == null && before == null
                && feeds.isEmpty() && pending == null && story == null
                && archived == null;
    }

    /** True when the query needs the full-text index (it has words or phrases). */
    public boolean hasText() {
        return !words.isEmpty() || !phrases.isEmpty();
    }
}
