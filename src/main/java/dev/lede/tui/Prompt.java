package dev.lede.tui;

import java.util.List;

/**
 * A one-line text prompt at the bottom of the screen.
 *
 * @param target     the article a tag prompt edits
 * @param candidates words Tab completes from (existing tags)
 * @param hint       shown above the prompt (completion choices), or empty
 * @param cut        input went past {@link #MAX_CHARS} and was cut
 * @param bulk       the articles a CONFIRM or TAG_ALL prompt is about, else null
 * @param restore    the list as it was when a SEARCH prompt opened, for Esc (it searches as you type), else null
 */
public record Prompt(Kind kind, String label, String text, long target, List<String> candidates, String hint,
                     boolean cut, Bulk bulk, Restore restore) {

    /** The most characters a prompt holds; what is typed or pasted beyond it is cut, and the prompt says so. */
    public static final int MAX_CHARS = 2000;

    /** What the prompt is for: CONFIRM takes y or anything else, the others a line of text. */
    public enum Kind { SEARCH, FIND, TAGS, ADD_URL, CONFIRM, TAG_ALL, NOTE }

    /** The articles a CONFIRM or TAG_ALL prompt is about, and what to do to them. */
    /** The list and the list Esc returns to, as they were before a search as you type changed them. */
    public record Restore(ListState list, ListState base) {
    }

    public record Bulk(Action action, java.util.List<Long> ids) {
        public Bulk {
            ids = java.util.List.copyOf(ids);
        }
    }

    public Prompt {
        candidates = List.copyOf(candidates);
    }

    public Prompt(Kind kind, String label, String text, long target, List<String> candidates, String hint) {
        this(kind, label, text, target, candidates, hint, false, null, null);
    }

    /** A prompt about many articles: a y/n question (CONFIRM) or their tags (TAG_ALL). */
    public static Prompt bulk(Kind kind, String label, Bulk bulk, List<String> candidates) {
        return new Prompt(kind, label, "", 0, candidates, "", false, bulk, null);
    }

    /** The search prompt, starting with {@code text}, that searches as you type and restores {@code restore} on Esc. */
    public static Prompt search(String text, Restore restore) {
        return new Prompt(Kind.SEARCH, "search: ", text, 0, List.of(), "", false, null, restore);
    }

    public static Prompt of(Kind kind, String label) {
        return new Prompt(kind, label, "", 0, List.of(), "");
    }

    public Prompt withText(String text, String hint) {
        return new Prompt(kind, label, text, target, candidates, hint, cut && !text.isEmpty(), bulk, restore);
    }

    /** The prompt with {@code typed} added, up to {@link #MAX_CHARS}; past it, marked as cut. */
    public Prompt typed(String typed) {
        if (text.length() + typed.length() > MAX_CHARS) {
            return new Prompt(kind, label, text, target, candidates,
                    "input cut at " + MAX_CHARS + " characters", true, bulk, restore);
        }
        return new Prompt(kind, label, text + typed, target, candidates, "", cut, bulk, restore);
    }
}
