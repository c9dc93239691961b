package dev.lede.tui;

import java.util.List;

/**
 * A one-line text prompt at the bottom of the screen.
 *
 * @param target     the article a tag prompt edits
 * @param candidates words Tab completes from (existing tags)
 * @param hint       shown above the prompt (completion choices), or empty
 */
public record Prompt(Kind kind, String label, String text, long target, List<String> candidates, String hint,
                     boolean cut) {

    /** The most characters a prompt holds; what is typed or pasted beyond it is cut, and the prompt says so. */
    public static final int MAX_CHARS = 2000;

    /** What the prompt is for. */
    public enum Kind { SEARCH, FIND, TAGS, ADD_URL }

    public Prompt {
        candidates = List.copyOf(candidates);
    }

    public Prompt(Kind kind, String label, String text, long target, List<String> candidates, String hint) {
        this(kind, label, text, target, candidates, hint, false);
    }

    public static Prompt of(Kind kind, String label) {
        return new Prompt(kind, label, "", 0, List.of(), "");
    }

    public Prompt withText(String text, String hint) {
        return new Prompt(kind, label, text, target, candidates, hint, cut && !text.isEmpty());
    }

    /** The prompt with {@code typed} added, up to {@link #MAX_CHARS}; past it, marked as cut. */
    public Prompt typed(String typed) {
        if (text.length() + typed.length() > MAX_CHARS) {
            return new Prompt(kind, label, text, target, candidates,
                    "input cut at " + MAX_CHARS + " characters", true);
        }
        return new Prompt(kind, label, text + typed, target, candidates, "", cut);
    }
}
