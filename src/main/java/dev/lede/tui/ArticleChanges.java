package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.query.QueryParser;
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
            case ARCHIVE -> {
                return archive(m, a);
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
        Model next = push(m, new Undo.Delete(a)).with(b -> b.trail = m.trail().without(a.id()));
        return screens.list.reload(next.status("deleted “" + TerminalText.clean(a.title()) + "” · u undoes" + undoCount(next)));
    }

    /** Archives the article, or takes it out of the archive; u takes it back. */
    private Model archive(Model m, ArticleSummary a) {
        long id = a.id();
        boolean was = screens.library.archived(id);
        screens.effects.write(() -> {
            if (!screens.library.setArchived(id, !was)) {
                return new Msg.Status("article #" + id + " is no longer in the library", true, true);
            }
            String text = "“" + TerminalText.clean(a.title()) + "”" + (was ? " is out of the archive" : " archived");
            return new Msg.Done(new Undo.Archive(List.of(id), was, a.title()), text);
        });
        return m.screen() == Screen.READER && !was ? screens.reader.savePosition(m).with(b -> b.screen = Screen.LIST) : m;
    }

    /** The model after {@code undo} was done: on the stack, {@code text} said, the list read again. */
    Model done(Model m, Undo undo, String text) {
        Model next = push(m, undo);
        return screens.list.reload(next.status(text + " · u undoes" + undoCount(next)));
    }

    private static Model push(Model m, Undo undo) {
        List<Undo> stack = new ArrayList<>(m.undo());
        stack.add(undo);
        return m.with(b -> b.undo = stack);
    }

    /** Takes back the last change not yet taken back; the one before it is next. */
    Model undo(Model m) {
        if (m.undo().isEmpty()) {
            return m.status("nothing to undo");
        }
        List<Undo> stack = m.undo();
        Undo last = stack.get(stack.size() - 1);
        int left = stack.size() - 1;
        screens.effects.write(() -> last.revert(screens.library, left));
        return m.with(b -> b.undo = stack.subList(0, left));
    }

    private static String undoCount(Model m) {
        int n = m.undo().size();
        return " (" + n + (n == 1 ? " change" : " changes") + " to undo)";
    }

    // ---- everything in the list at once ----

    /** Asks before marking read, archiving or tagging every article of the list (A, E, T). */
    Model askAll(Model m, Action action) {
        ListState list = m.list();
        List<Long> ids = screens.library.ids(action == Action.MARK_ALL_READ ? list.query().withRead(false) : list.query());
        if (ids.isEmpty()) {
            return m.status(action == Action.MARK_ALL_READ ? "every article in the list is read" : "the list is empty");
        }
        Prompt.Bulk bulk = new Prompt.Bulk(action, ids);
        String n = Undo.articles(ids.size());
        return m.with(b -> b.prompt = switch (action) {
            case MARK_ALL_READ -> Prompt.bulk(Prompt.Kind.CONFIRM, "mark " + n + " read? y/n ", bulk, List.of());
            case ARCHIVE_ALL -> Prompt.bulk(Prompt.Kind.CONFIRM, "archive " + n + "? y/n ", bulk, List.of());
            default -> Prompt.bulk(Prompt.Kind.TAG_ALL, "tags for " + n + ": x adds, -x removes: ", bulk,
                    new ArrayList<>(screens.library.tags().keySet()));
        });
    }

    /** Does what a confirmed CONFIRM or TAG_ALL prompt asked; u takes it back. */
    Model applyAll(Model m, Prompt.Bulk bulk, String tagText) {
        List<Long> ids = bulk.ids();
        String n = Undo.articles(ids.size());
        switch (bulk.action()) {
            case MARK_ALL_READ -> {
                screens.effects.write(() -> {
                    screens.library.setRead(ids, true);
                    return new Msg.Done(new Undo.Read(ids, false), n + " marked read");
                });
            }
            case ARCHIVE_ALL -> {
                // the ones already archived stay so when this is undone
                List<Long> fresh = ids.stream().filter(id -> !screens.library.archived(id)).toList();
                screens.effects.write(() -> {
                    screens.library.setArchived(fresh, true);
                    return new Msg.Done(new Undo.Archive(fresh, false, ""), n + " archived");
                });
            }
            case TAG_ALL -> {
                TagChange change = TagChange.of(tagText);
                if (change.isEmpty()) {
                    return m;
                }
                screens.effects.write(() -> {
                    // which articles each tag really changes on, so that u changes only those back
                    java.util.Map<String, List<Long>> addedTo = new java.util.HashMap<>();
                    java.util.Map<String, List<Long>> removedFrom = new java.util.HashMap<>();
                    for (String tag : change.add()) {
                        java.util.Set<Long> had = new java.util.HashSet<>(screens.library.ids(QueryParser.parse("tag:" + tag)));
                        addedTo.put(tag, ids.stream().filter(id -> !had.contains(id)).toList());
                    }
                    for (String tag : change.remove()) {
                        java.util.Set<Long> had = new java.util.HashSet<>(screens.library.ids(QueryParser.parse("tag:" + tag)));
                        removedFrom.put(tag, ids.stream().filter(had::contains).toList());
                    }
                    if (!change.add().isEmpty()) {
                        screens.library.tag(ids, change.add());
                    }
                    if (!change.remove().isEmpty()) {
                        screens.library.untag(ids, change.remove());
                    }
                    return new Msg.Done(new Undo.Tags(ids.size(), addedTo, removedFrom), "tags of " + n + " changed");
                });
            }
            default -> {
                return m;
            }
        }
        return m.status("changing " + n + " …");
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
        TagChange parsed = TagChange.of(text);
        List<String> add = parsed.add();
        List<String> remove = parsed.remove();
        if (parsed.isEmpty()) {
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

    /** A tag prompt's text: {@code x} or {@code +x} adds, {@code -x} removes. */
    record TagChange(List<String> add, List<String> remove) {
        static TagChange of(String text) {
            List<String> add = new ArrayList<>();
            List<String> remove = new ArrayList<>();
            for (String token : text.split("[\\s,]+")) {
                if (token.isBlank()) {
                    continue;
                }
                boolean removing = token.startsWith("-");
                String t = Library.normalizeTag(removing || token.startsWith("+") ? token.substring(1) : token);
                if (!t.isEmpty()) {
                    (removing ? remove : add).add(t);
                }
            }
            return new TagChange(add, remove);
        }

        boolean isEmpty() {
            return add.isEmpty() && remove.isEmpty();
        }
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
