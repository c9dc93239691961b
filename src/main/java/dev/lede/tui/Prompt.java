package dev.lede.tui;

import java.util.List;

/**
 * A one-line text prompt at the bottom of the screen.
 *
 * @param target     the article a tag prompt edits
 * @param candidates words Tab completes from (existing tags)
 * @param hint       shown above the prompt (completion choices), or empty
 */
public record Prompt(Kind kind, String label, String text, long target, List<String> candidates, String hint) {

    /** What the prompt is for. */
    public enum Kind { SEARCH, FIND, TAGS, ADD_URL }

    public Prompt {
        candidates = List.copyOf(candidates);
    }

    public static Prompt of(Kind kind, String label) {
        return new Prompt(kind, label, "", 0, List.of(), "");
    }

    public Prompt withText(String text, String hint) {
        return new Prompt(kind, label, text, target, candidates, hint);
    }
}
