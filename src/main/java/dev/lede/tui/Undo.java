package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.render.TerminalText;
import java.util.List;

/**
 * A change of this session that {@code u} can take back: the reader keeps them as a stack,
 * the last one on top, and each {@code u} reverts one in turn.
 */
sealed interface Undo {

    /**
     * Puts back what the change changed (off the UI thread) and says so; {@code left} is
     * how many changes are still to undo after this one.
     */
    Msg revert(Library library, int left);

    /** The status line's note of how many are left. */
    static String left(int left) {
        return left == 0 ? " (none left to undo)" : " (" + left + " more to undo)";
    }

    /** A deleted article: comes back with its id, state, tags, archive and progress, and the cursor goes to it. */
    record Delete(Article article, boolean archived, int progress) implements Undo {
        @Override
        public Msg revert(Library library, int left) {
            library.restore(article);
            if (archived) {
                library.setArchived(article.id(), true);
            }
            if (progress > 0) {
                library.setProgress(article.id(), progress);
            }
            return new Msg.Arrived(article.id(), "restored “" + TerminalText.clean(article.title()) + "”" + left(left));
        }
    }

    /** Articles marked read (or unread) at once: back as they were. */
    record Read(List<Long> ids, boolean was) implements Undo {
        public Read {
            ids = List.copyOf(ids);
        }

        @Override
        public Msg revert(Library library, int left) {
            library.setRead(ids, was);
            return new Msg.Status(articles(ids.size()) + " marked " + (was ? "read" : "unread") + " again" + left(left),
                    false, true);
        }
    }

    /** Articles archived (or taken out of the archive): back as they were. */
    record Archive(List<Long> ids, boolean was, String title) implements Undo {
        public Archive {
            ids = List.copyOf(ids);
        }

        @Override
        public Msg revert(Library library, int left) {
            library.setArchived(ids, was);
            String what = ids.size() == 1 ? "“" + TerminalText.clean(title) + "”" : articles(ids.size());
            String text = what + (was ? " archived again" : " back from the archive") + left(left);
            return ids.size() == 1 ? new Msg.Arrived(ids.get(0), text) : new Msg.Status(text, false, true);
        }
    }

    /**
     * Tags added to and removed from many articles at once: each tag comes off the articles
     * it was added to, and back on the ones it was taken from.
     */
    record Tags(int articles, java.util.Map<String, List<Long>> addedTo, java.util.Map<String, List<Long>> removedFrom)
            implements Undo {
        public Tags {
            addedTo = java.util.Map.copyOf(addedTo);
            removedFrom = java.util.Map.copyOf(removedFrom);
        }

        @Override
        public Msg revert(Library library, int left) {
            addedTo.forEach((tag, ids) -> library.untag(ids, List.of(tag)));
            removedFrom.forEach((tag, ids) -> library.tag(ids, List.of(tag)));
            return new Msg.Status("tags of " + Undo.articles(articles) + " as they were" + left(left), false, true);
        }
    }

    /** Highlights removed in the reader: back with their notes, and marked again if the article is showing. */
    record Highlights(long articleId, List<dev.lede.model.Highlight> removed) implements Undo {
        public Highlights {
            removed = List.copyOf(removed);
        }

        @Override
        public Msg revert(Library library, int left) {
            library.addHighlights(articleId, removed);
            String what = removed.size() == 1 ? "highlight" : removed.size() + " highlights";
            return new Msg.HighlightsChanged(articleId, what + " back" + left(left));
        }
    }

    static String articles(int n) {
        return n + (n == 1 ? " article" : " articles");
    }
}
