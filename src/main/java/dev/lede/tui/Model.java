package dev.lede.tui;

import java.util.List;

/**
 * Everything the screen shows, as one value: {@link Update} makes the next one, {@link View}
 * draws it. Change a copy through {@link #with}.
 *
 * @param total      articles in the library (0 shows the welcome screen)
 * @param base       the list as it was before a search or filter, for Esc; null when none is active
 * @param pending    the first key of a key sequence ({@code g}), or empty
 * @param count      a number typed before a key ({@code 3 o}), or 0
 * @param redraws    bumped to ask the painter for a full redraw
 * @param undo       the changes of this session that {@code u} takes back, the last one last
 * @param saving     URLs being saved by {@code a}, to report on quit when they did not finish
 * @param quitting   quit was asked for while saves were in flight: quit when they end
 * @param textWidth  the reader's widest text column (the config's width); 0 for the terminal's width
 */
public record Model(int cols, int rows, Screen screen, int total, ListState list, ListState base,
                    ReaderState reader, RelatedState related, StoryState story, TagPane tagPane, FeedPane feedPane, int helpTop, Screen helpFrom,
                    Prompt prompt, String status, boolean statusError, Trail trail, List<Undo> undo, List<String> saving,
                    String pending, int count, int redraws, boolean quitting, boolean quit, int textWidth) {

    /** The first model: {@code list} showing, nothing loaded. */
    public static Model start(int cols, int rows, ListState list, int textWidth) {
        return new Model(cols, rows, Screen.LIST, 0, list, null, null, null, null, null, null, 0, Screen.LIST,
                null, "", false, Trail.EMPTY, List.of(), List.of(), "", 0, 0, false, false, textWidth);
    }

    /** A copy changed by {@code change}. */
    public Model with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Lines the list body has room for. */
    public int listHeight() {
        return Math.max(1, rows - 4);
    }

    /** Lines the reader body has room for. */
    public int readerHeight() {
        return Math.max(1, rows - 5);
    }

    /** The reader's text width: a column of margin each side, at most the configured width. */
    public int readerWidth() {
        int room = Math.max(10, cols - 2);
        return textWidth > 0 ? Math.min(room, textWidth) : room;
    }

    /** True when the terminal is too small to use. */
    public boolean tooSmall() {
        return cols < 40 || rows < 10;
    }

    public Model status(String text) {
        return with(b -> {
            b.status = text;
            b.statusError = false;
        });
    }

    public Model error(String text) {
        return with(b -> {
            b.status = text;
            b.statusError = true;
        });
    }

    /** A mutable copy of the fields, for {@link #with}. */
    public static final class Builder {
        public int cols;
        public int rows;
        public Screen screen;
        public int total;
        public ListState list;
        public ListState base;
        public ReaderState reader;
        public RelatedState related;
        public StoryState story;
        public TagPane tagPane;
        public FeedPane feedPane;
        public int helpTop;
        public Screen helpFrom;
        public Prompt prompt;
        public String status;
        public boolean statusError;
        public Trail trail;
        public List<Undo> undo;
        public List<String> saving;
        public String pending;
        public int count;
        public int redraws;
        public boolean quitting;
        public boolean quit;
        public int textWidth;

        Builder(Model m) {
            cols = m.cols;
            rows = m.rows;
            screen = m.screen;
            total = m.total;
            list = m.list;
            base = m.base;
            reader = m.reader;
            related = m.related;
            story = m.story;
            tagPane = m.tagPane;
            feedPane = m.feedPane;
            helpTop = m.helpTop;
            helpFrom = m.helpFrom;
            prompt = m.prompt;
            status = m.status;
            statusError = m.statusError;
            trail = m.trail;
            undo = m.undo;
            saving = m.saving;
            pending = m.pending;
            count = m.count;
            redraws = m.redraws;
            quitting = m.quitting;
            quit = m.quit;
            textWidth = m.textWidth;
        }

        Model build() {
            return new Model(cols, rows, screen, total, list, base, reader, related, story, tagPane, feedPane, helpTop, helpFrom,
                    prompt, status, statusError, trail, List.copyOf(undo), List.copyOf(saving), pending, count, redraws, quitting, quit, textWidth);
        }
    }
}
