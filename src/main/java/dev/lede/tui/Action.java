package dev.lede.tui;

/**
 * What a key asks for; screens receive these, never key strokes. The config file names them
 * in lower case with hyphens ({@code page-down}, see {@link KeyMap#actionName}).
 */
public enum Action {
    DOWN, UP, PAGE_DOWN, PAGE_UP, HALF_DOWN, HALF_UP, TOP, BOTTOM,
    OPEN, BACK, CANCEL, QUIT,
    SEARCH, NEXT_HIT,
    RELATED, TRAIL_BACK, TRAIL_FORWARD, NEXT_ARTICLE, PREVIOUS_ARTICLE,
    TAGS, BOOKMARK, TOGGLE_READ, ARCHIVE, FILTER_TAG, FILTER_UNREAD, FILTER_BOOKMARKED, FILTER_ARCHIVED, FILTER_ALL,
    MARK_ALL_READ, ARCHIVE_ALL, TAG_ALL,
    ADD, DELETE, UNDO, OPEN_BROWSER, SORT, HELP, REDRAW,
    FEEDS, REFRESH, STORY, STORIES,
    HIGHLIGHT
}
