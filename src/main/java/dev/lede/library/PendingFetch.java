package dev.lede.library;

import dev.lede.fetch.BulkFetch;
import dev.lede.fetch.Fetcher;
import dev.lede.model.ExtractedArticle;
import dev.lede.store.PendingStore;
import dev.lede.store.Store;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fetches the pages of pending articles, the same way {@code lede add} does, N at a time.
 * Each article is completed in its own transaction, so an interrupted run loses nothing
 * and the next one goes on with what is left. A page that fails keeps its article with the
 * error, for the next run.
 */
public final class PendingFetch {
    private final Supplier<Fetcher> fetcher;
    private final PendingStore pending;
    private final dev.lede.store.HighlightStore highlights;

    private final java.util.function.Consumer<List<Long>> indexFetched;

    PendingFetch(Store store, Supplier<Fetcher> fetcher, java.util.function.Consumer<List<Long>> indexFetched) {
        this.fetcher = fetcher;
        this.indexFetched = indexFetched;
        this.pending = new PendingStore(store);
        this.highlights = new dev.lede.store.HighlightStore(store);
    }

    /** Fetches every pending article, {@code jobs} at a time; one outcome per article, in queue order. */
    public List<BulkFetch.Outcome> run(int jobs, BulkFetch.Listener listener) {
        List<PendingStore.Pending> queue = pending.all();
        List<String> urls = queue.stream().map(PendingStore.Pending::url).toList();
        BulkFetch.Listener recording = listener.finishing(outcome -> {
            // a fetch cut short by Ctrl-C is no failure: the article waits as it did
            if (!outcome.ok() && !outcome.message().equals(BulkFetch.CANCELLED)) {
                pending.fail(queue.get(outcome.index()).id(), outcome.message());
            }
            return outcome;
        });
        List<Long> fetched = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<BulkFetch.Outcome> outcomes = new BulkFetch(fetcher.get(), jobs).runIndexed(urls, (index, page) -> {
            PendingStore.Pending p = queue.get(index);
            ExtractedArticle e = Library.extract(page);
            if (e.isEmpty()) {
                throw new IllegalStateException("no article found");
            }
            // The title the export gave wins over the page's, unless it gave none.
            boolean keepTitle = p.title() != null && !p.title().isBlank() && !p.title().equals(p.url());
            String title = keepTitle ? p.title() : Library.titleOf(e, p.url());
            String canonical = Library.usableCanonical(p.url(), e.canonicalUrl());
            String canonicalKey = canonical == null ? null : UrlNormalizer.key(canonical).orElse(null);
            pending.complete(p.id(), new PendingStore.Fetched(title, e.byline(), e.site(), e.language(), e.published(),
                    canonical, canonicalKey, e.excerpt(), e.leadImage(), e.html(), e.text(), e.wordCount()));
            highlights.place(p.id(), e.text());
            fetched.add(p.id());
            return "fetched #" + p.id() + ": " + title;
        }, recording);
        // Related-stories terms and stories once every page is in (an interrupted run leaves
        // them to the lazy indexing of related stories and stories).
        indexFetched.accept(List.copyOf(fetched));
        return outcomes;
    }
}
