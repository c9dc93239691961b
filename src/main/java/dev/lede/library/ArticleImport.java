package dev.lede.library;

import dev.lede.interop.ImportedArticle;
import dev.lede.model.Article;
import dev.lede.model.ExtractedArticle;
import dev.lede.model.Highlight;
import dev.lede.model.Page;
import dev.lede.model.Query;
import dev.lede.related.RelatedStories;
import dev.lede.related.Stories;
import dev.lede.store.HighlightStore;
import dev.lede.store.PendingStore;
import dev.lede.store.Store;
import dev.lede.store.StoredTerms;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Saves the articles of an export (see {@code dev.lede.interop}) with their metadata, tags,
 * states, saved times and highlights. An article whose content the export carries is stored
 * with it; one without is stored at once with its metadata and queued for fetching (see
 * {@link PendingFetch}).
 *
 * <p>An article already in the library (same URL or canonical URL) is left as the user has
 * it now, tags and states included: the library wins over the file. Only highlights it does
 * not have yet are added. So importing the same export twice adds nothing and loses nothing.
 */
public final class ArticleImport {
    /**
     * Articles stored in one transaction at most: a 10,000-link export takes about 50 commits,
     * not 10,000 (fewer articles a commit while the library is young).
     */
    private static final int BATCH = 256;

    private final Library library;
    private final Store store;
    private final RelatedStories related;
    private final Clock clock;
    private final PendingStore pending;
    private final HighlightStore highlights;

    /** Places an article saved with its content in its story, as saving a page does. */
    private final Stories stories;

    ArticleImport(Library library, Store store, RelatedStories related, Clock clock, Stories stories) {
        this.stories = stories;
        this.library = library;
        this.store = store;
        this.related = related;
        this.clock = clock;
        this.pending = new PendingStore(store);
        this.highlights = new HighlightStore(store);
    }

    /** One imported article and how it ended. */
    public record Result(ImportedArticle entry, SaveOutcome outcome, boolean pending) {
    }

    /**
     * Saves {@code entries} in order, each with {@code tags} besides its own, and tells
     * {@code progress} how each ended. Articles with content are extracted on every core.
     * Interrupting the calling thread (Ctrl-C) stops it after the batch being saved: the
     * results end there, and the rest of {@code entries} is not saved.
     */
    public List<Result> importAll(List<ImportedArticle> entries, Collection<String> tags, Consumer<Result> progress) {
        library.prepareForBulkWrites();
        List<Result> results = new ArrayList<>(entries.size());
        int before = library.count(Query.ALL);
        int threads = Runtime.getRuntime().availableProcessors();
        for (int from = 0, size; from < entries.size() && !Thread.currentThread().isInterrupted(); from += size) {
            // Smaller while the library is young, so that a chunk's story probes read a library
            // not much smaller than the one they are saved into (see FileImport.window).
            size = Math.min(BATCH, FileImport.window(threads, before + from));
            List<ImportedArticle> chunk = entries.subList(from, Math.min(entries.size(), from + size));
            List<Prepared> prepared = chunk.parallelStream().map(e -> prepare(e, tags)).toList();
            List<Result> done;
            synchronized (store) {
                done = store.inOneTransaction(() -> prepared.stream().map(this::commit).toList());
            }
            for (Result r : done) {
                results.add(r);
                progress.accept(r);
            }
        }
        return results;
    }

    /** An entry made ready to store outside the lock: its article, or why it ended early. */
    private record Prepared(ImportedArticle entry, SaveOutcome outcome, Article article, String urlKey,
                            String canonicalKey, StoredTerms terms, byte[] body, boolean pending,
                            Stories.Probe placement) {
    }

    private Prepared prepare(ImportedArticle entry, Collection<String> extraTags) {
        Optional<String> urlKey = UrlNormalizer.key(entry.url());
        if (urlKey.isEmpty()) {
            return new Prepared(entry, new SaveOutcome.Failed("not a valid absolute URL: " + entry.url()),
                    null, null, null, null, null, false, null);
        }
        Set<String> tags = new LinkedHashSet<>(Tags.fromImport(entry.tags()));
        tags.addAll(Library.normalizeTags(extraTags));
        Instant saved = entry.saved() != null ? entry.saved() : clock.instant();
        ExtractedArticle content = content(entry);
        boolean isPending = content == null;
        String canonical = isPending ? null : Library.usableCanonical(entry.url(), content.canonicalUrl());
        String canonicalKey = canonical == null ? null : UrlNormalizer.key(canonical).orElse(null);
        String title = !entry.title().isEmpty() ? entry.title()
                : content != null ? Library.titleOf(content, entry.url()) : entry.url();
        String html = isPending ? "" : content.html();
        String text = isPending ? "" : content.text();
        Article article = new Article(0, entry.url(), canonical, title,
                entry.author() != null ? entry.author() : isPending ? null : content.byline(),
                isPending ? null : content.site(), isPending ? null : content.language(),
                entry.published() != null ? entry.published() : isPending ? null : content.published(),
                saved, isPending ? 0 : content.wordCount(),
                entry.excerpt() != null ? entry.excerpt() : isPending ? null : content.excerpt(),
                isPending ? null : content.leadImage(), html, text, entry.read(), entry.bookmarked(), 0,
                List.copyOf(tags));
        StoredTerms terms = isPending ? null : related.terms(article);
        return new Prepared(entry, null, article, urlKey.get(), canonicalKey, terms, Store.packBody(text, html),
                isPending, stories.probe(terms, article.published())); // the slow half of placing, off the lock
    }

    /** The article in the export's content, or null when it has none worth keeping (then it is fetched). */
    private static ExtractedArticle content(ImportedArticle entry) {
        if (!entry.hasContent()) {
            return null;
        }
        if (entry.clean() && entry.text() != null && !entry.text().isBlank()) {
            return new ExtractedArticle(entry.title(), entry.author(), null, entry.published(), null, null, null,
                    entry.excerpt(), entry.html(), entry.text());
        }
        String html = entry.html();
        // A fragment of article HTML (Wallabag) gets the title as its heading, so the extractor sees an article.
        if (!html.regionMatches(true, 0, "<!doctype", 0, 9) && !html.regionMatches(true, 0, "<html", 0, 5)) {
            html = "<html><head><title>" + dev.lede.extract.HtmlText.escape(entry.title()) + "</title></head><body><article>"
                    + html + "</article></body></html>";
        }
        ExtractedArticle extracted = Library.extract(new Page(html.getBytes(StandardCharsets.UTF_8), entry.url(),
                "text/html", "UTF-8"));
        return extracted.isEmpty() ? null : extracted;
    }

    private Result commit(Prepared p) {
        if (p.outcome() != null) {
            return new Result(p.entry(), p.outcome(), false);
        }
        OptionalLong known = store.findByKey(p.urlKey(), p.canonicalKey());
        if (known.isPresent()) {
            long id = known.getAsLong();
            if (!p.entry().highlights().isEmpty()) {
                String text = store.get(id).map(Article::text).orElse("");
                highlights.addNew(id, placed(p.entry().highlights(), text));
            }
            String title = library.summary(id).map(s -> s.title()).orElse("");
            return new Result(p.entry(), new SaveOutcome.AlreadySaved(id, title), false);
        }
        Article a = p.article();
        long id = store.insert(a, p.urlKey(), p.canonicalKey(), UrlNormalizer.host(a.url()), p.terms(), p.body());
        if (p.pending()) {
            pending.add(id); // placed in a story once its page arrives (PendingFetch)
        } else {
            stories.place(id, p.placement());
        }
        highlights.addNew(id, placed(p.entry().highlights(), a.text()));
        return new Result(p.entry(), new SaveOutcome.Saved(id, a.title()), p.pending());
    }

    /**
     * The items of newsboat's {@code cache.db}: read state, and any flag as a bookmark. An
     * item's feed content is kept when it is a whole article (150 words or more), else its
     * page is fetched.
     */
    public List<ImportedArticle> newsboatItems(java.nio.file.Path cache) {
        if (!dev.lede.store.NewsboatCache.isCache(cache)) {
            throw new dev.lede.interop.ImportException("an SQLite file, but not newsboat's cache.db");
        }
        List<ImportedArticle> out = new ArrayList<>();
        for (dev.lede.store.NewsboatCache.Item item : dev.lede.store.NewsboatCache.items(cache)) {
            String content = item.content();
            boolean whole = content != null && dev.lede.extract.HtmlText.wordCount(content) >= 150;
            out.add(new ImportedArticle(item.url(), item.title(), item.published(), List.of(), !item.unread(),
                    !item.flags().isBlank(), whole ? content : null, false, null, item.author(),
                    item.published() == null ? null : item.published().toString(), null, List.of()));
        }
        return out;
    }

    private static List<Highlight> placed(List<Highlight> highlights, String text) {
        return highlights.stream().map(h -> h.position() >= 0 && text.startsWith(h.quote(), h.position()) ? h : h.placedIn(text))
                .toList();
    }
}
