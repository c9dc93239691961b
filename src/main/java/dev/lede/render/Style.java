package dev.lede.render;

/** What a piece of laid-out text is, for the painter to choose bold, colour or nothing. */
public enum Style {
    PLAIN, BOLD, EMPHASIS, TITLE, HEADING, QUOTE, CODE, LINK, LINK_NUMBER, DIM, HIT, CURRENT_HIT, MARK, ERROR,
    /** A passage the reader highlighted. */
    HIGHLIGHT,
    /** A passage being selected to highlight. */
    SELECTION
}
