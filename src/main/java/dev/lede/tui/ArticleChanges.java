package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Changes to one article that work alike in the list and the reader: bookmark, read, tags,
 * delete and undo, open in the browser. The model shows a change at once; the library write
 * goes to {@link Effects} and lands after.
 */
final class ArticleChanges {
    private final Screens screens;

    ArticleChanges(Screens screens) {
        this.screens = screens;
    }

    /** What {@code action} does to article {@code a}. */
    Model act(Model m, Action action, ArticleSummary a, int count) {
        switch (action) {
            case BOOKMARK -> {
                return bookmark(m, a);
            }
            case TOGGLE_READ -> {
                return setRead(m, a.id(), !a.read(), true);
            }
            case TAGS -> {
                List<String> known = new ArrayList<>(screens.library.tags().keySet());
                String label = "tags" + (a.tags().isEmpty() ? "" : " (" + String.join(" ", a.tags()) + ")")
                        + " x adds, -x removes: ";
                return m.with(b -> b.prompt = new Prompt(Prompt.Kind.TAGS, label, "", a.id(), known, ""));
            }
            case DELETE -> {
                return delete(m, a);
            }
            case OPEN_BROWSER -> {
                return openBrowser(m, a, count);
            }
            default -> {
                return m;
            }
        }
    }

    private Model bookmark(Model m, ArticleSummary a) {
        boolean on = !a.bookmarked();
        long id = a.id();
        screens.effects.write(() -> screens.library.setBookmarked(id, on) ? null
                : new Msg.Status("article #" + id + " is no longer in the library", true, true));
        return patch(m, id, s -> summary(s, s.read(), on, s.tags()), x -> article(x, x.read(), on, x.tags()))
                .status(on ? "bookmarked ★" : "bookmark removed");
    }

    /** Marks article {@code id} read or unread; {@code tell} says so in the status line. */
    Model setRead(Model m, long id, boolean read, boolean tell) {
        screens.effects.write(() -> {
            screens.library.setRead(id, read);
            return null;
        });
        Model next = patch(m, id, s -> summary(s, read, s.bookmarked(), s.tags()), x -> article(x, read, x.bookmarked(), x.tags()));
        return tell ? next.status(read ? "marked read" : "marked unread") : next;
    }

    private Model delete(Model m, ArticleSummary a) {
        long id = a.id();
        screens.effects.write(() -> screens.library.delete(id).<Msg>map(Msg.Deleted::new)
                .orElse(new Msg.Status("article #" + id + " was already deleted", true, true)));
        return m.screen() == Screen.READER ? m.with(b -> b.screen = Screen.LIST) : m;
    }

    /** The model after the library deleted {@code a}: kept on the undo stack. */
    Model deleted(Model m, Article a) {
        List<Article> stack = new ArrayList<>(m.deleted());
        stack.add(a);
        Model next = m.with(b -> {
            b.deleted = stack;
            b.trail = m.trail().without(a.id());
        }).status("deleted “" + TerminalText.clean(a.title()) + "” · u undoes" + undoCount(stack.size()));
        return screens.list.reload(next);
    }

    /** Brings back the last deleted article not yet brought back; the one before it is next. */
    Model undo(Model m) {
        if (m.deleted().isEmpty()) {
            return m.status("nothing to undo");
        }
        List<Article> stack = m.deleted();
        Article a = stack.get(stack.size() - 1);
        List<Article> rest = stack.subList(0, stack.size() - 1);
        screens.effects.write(() -> {
            screens.library.restore(a);
            String left = rest.isEmpty() ? " (none left to undo)" : " (" + rest.size() + " more to undo)";
            return new Msg.Arrived(a.id(), "restored “" + TerminalText.clean(a.title()) + "”" + left);
        });
        return m.with(b -> b.deleted = rest);
    }

    private static String undoCount(int deletes) {
        return " (" + deletes + (deletes == 1 ? " delete" : " deletes") + " to undo)";
    }

    private Model openBrowser(Model m, ArticleSummary a, int count) {
        String url = a.url();
        if (count > 0) {
            List<String> links = m.reader() != null && m.screen() == Screen.READER ? m.reader().links() : List.of();
            if (count > links.size()) {
                return m.error(links.isEmpty() ? "this article has no numbered links" : "no link " + count + " (1 to " + links.size() + ")");
            }
            url = links.get(count - 1);
        }
        String refused = Browser.refusal(url);
        if (refused != null) {
            return m.error(refused);
        }
        String target = url;
        screens.effects.background(() -> {
            String error = screens.opener.apply(target);
            return error == null ? null : new Msg.Status(error, true, false);
        });
        return m.status("opening " + TerminalText.clean(url));
    }

    /** Applies the tag prompt's text to article {@code id}: {@code x} or {@code +x} adds, {@code -x} removes. */
    Model applyTags(Model m, long id, String text) {
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String token : text.split("[\\s,]+")) {
            if (token.isBlank()) {
                continue;
            }
            if (token.startsWith("-")) {
                String t = Library.normalizeTag(token.substring(1));
                if (!t.isEmpty()) {
                    remove.add(t);
                }
            } else {
                String t = Library.normalizeTag(token.startsWith("+") ? token.substring(1) : token);
                if (!t.isEmpty()) {
                    add.add(t);
                }
            }
        }
        if (add.isEmpty() && remove.isEmpty()) {
            return m;
        }
        screens.effects.write(() -> {
            if (!add.isEmpty()) {
                screens.library.tag(id, add);
            }
            if (!remove.isEmpty()) {
                screens.library.untag(id, remove);
            }
            return null;
        });
        Function<Collection<String>, List<String>> change = old -> {
            LinkedHashSet<String> tags = new LinkedHashSet<>(old);
            tags.removeAll(remove);
            tags.addAll(add);
            return tags.stream().sorted().toList();
        };
        Model next = patch(m, id, s -> summary(s, s.read(), s.bookmarked(), change.apply(s.tags())),
                x -> article(x, x.read(), x.bookmarked(), change.apply(x.tags())));
        List<String> now = change.apply(currentTags(m, id));
        return next.status(now.isEmpty() ? "no tags" : "tags: #" + String.join(" #", now));
    }

    /** The tags of article {@code id} as the model shows them. */
    static List<String> currentTags(Model m, long id) {
        if (m.reader() != null && m.reader().article().id() == id) {
            return m.reader().article().tags();
        }
        int index = m.list().indexOf(id);
        return index >= 0 ? m.list().row(index).tags() : List.of();
    }

    /** Applies a change to article {@code id} wherever the model shows it, before the write lands. */
    private static Model patch(Model m, long id, Function<ArticleSummary, ArticleSummary> row, Function<Article, Article> full) {
        return m.with(b -> {
            b.list = m.list().withRow(id, row::apply);
            if (m.reader() != null && m.reader().article().id() == id) {
                b.reader = m.reader().withArticle(full.apply(m.reader().article()));
            }
        });
    }

    private static ArticleSummary summary(ArticleSummary s, boolean read, boolean bookmarked, List<String> tags) {
        return new ArticleSummary(s.id(), s.url(), s.title(), s.site(), s.byline(), s.published(), s.saved(), s.words(),
                read, bookmarked, tags, s.snippet());
    }

    private static Article article(Article a, boolean read, boolean bookmarked, List<String> tags) {
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.title(), a.byline(), a.site(), a.language(), a.published(),
                a.saved(), a.words(), a.excerpt(), a.leadImage(), a.html(), a.text(), read, bookmarked, a.position(), tags);
    }
}
