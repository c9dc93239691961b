package dev.lede.tui;

import dev.lede.library.SaveOutcome;
import dev.lede.model.Article;
import dev.lede.model.RelatedArticle;
import java.util.List;

/** What {@link Update} reacts to: keys, resizes, and the results of work done off the UI thread. */
public sealed interface Msg {

    /** A key, named by {@link Keys}. */
    record Key(String name) implements Msg {
    }

    /** The terminal has a new size. */
    record Resize(int cols, int rows) implements Msg {
    }

    /** Something to tell the user; {@code changed} when the library changed and the list must reload. */
    record Status(String text, boolean error, boolean changed) implements Msg {
    }

    /** Another process changed the library (an article added from the command line, say). */
    record LibraryChanged() implements Msg {
    }

    /** An article was deleted; kept for undo, with the state the article itself does not carry. */
    record Deleted(Article article, boolean archived, int progress) implements Msg {
    }

    /** {@code undo} was done (an article archived): keep it for {@code u} and say {@code text}. */
    record Done(Undo undo, String text) implements Msg {
    }

    /** Article {@code id} was saved or brought back: say {@code text} and put the list's cursor on it. */
    record Arrived(long id, String text) implements Msg {
    }

    /** The highlights of article {@code articleId} changed (an undo): mark them afresh and say {@code text}. */
    record HighlightsChanged(long articleId, String text) implements Msg {
    }

    /** Saving {@code url} (the {@code a} key) ended. */
    record SaveDone(String url, SaveOutcome outcome) implements Msg {
    }

    /**
     * What the search prompt's {@code text} finds, searched away from the UI thread: the list
     * and the list Esc returns to, the library's size, and a note when nothing matches (else empty).
     */
    record SearchFound(String text, ListState list, ListState base, int total, String note) implements Msg {
    }

    /** The stories of several articles, for {@code g s}. */
    record StoriesFound(List<dev.lede.model.Story> stories) implements Msg {
    }

    /** The story of article {@code articleId}, or null when it has none (deleted meanwhile). */
    record TimelineFound(long articleId, dev.lede.model.StoryTimeline timeline) implements Msg {
    }

    /** The related stories of article {@code sourceId} were found. */
    record RelatedFound(long sourceId, List<RelatedArticle> related) implements Msg {
    }
}
