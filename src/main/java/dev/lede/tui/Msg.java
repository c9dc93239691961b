package dev.lede.tui;

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

    /** An article was deleted; kept for undo. */
    record Deleted(Article article) implements Msg {
    }

    /** The related stories of article {@code sourceId} were found. */
    record RelatedFound(long sourceId, List<RelatedArticle> related) implements Msg {
    }
}
