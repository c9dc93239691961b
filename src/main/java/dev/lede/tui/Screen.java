package dev.lede.tui;

/** Which screen is showing. */
public enum Screen {
    LIST, READER, RELATED, TAGS, HELP, FEEDS, STORY
}
