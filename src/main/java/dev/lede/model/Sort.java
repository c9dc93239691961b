package dev.lede.model;

import java.util.Locale;
import java.util.Optional;

/** The orders the article list can take; a query with words is ranked by relevance instead. */
public enum Sort {
    /** Newest saved first (the default). */
    SAVED("saved", "newest saved first"),
    /** Newest published first; articles without a published date by the day they were saved. */
    PUBLISHED("published", "newest published first"),
    /** By title, A to Z. */
    TITLE("title", "by title"),
    /** By site (host), A to Z, newest saved first within a site. */
    SITE("site", "by site"),
    /** Longest first. */
    LENGTH("length", "longest first");

    private final String word;
    private final String description;

    Sort(String word, String description) {
        this.word = word;
        this.description = description;
    }

    /** The word for this order in the config file and on the command line. */
    public String word() {
        return word;
    }

    /** What the list header says. */
    public String description() {
        return description;
    }

    /** The next order in turn, for the key that cycles through them. */
    public Sort next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** The order named {@code word}, any case. */
    public static Optional<Sort> named(String word) {
        for (Sort s : values()) {
            if (s.word.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The words of every order, for error messages. */
    public static String words() {
        StringBuilder out = new StringBuilder();
        for (Sort s : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(s.word);
        }
        return out.toString();
    }
}
