package dev.lede.library;

import dev.lede.extract.Extractor;
import dev.lede.extract.PlainTextArticle;
import dev.lede.fetch.BulkFetch;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.Fetcher;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import dev.lede.model.Query;
import dev.lede.model.RelatedArticle;
import dev.lede.model.Story;
import dev.lede.related.RelatedStories;
import dev.lede.related.Stories;
import dev.lede.store.LibraryStats;
import dev.lede.store.Store;
import dev.lede.store.StoreException;
import dev.lede.store.StoredTerms;
import dev.lede.store.SyncStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A Lede library: the one object the TUI and the CLI work through. Thread-safe; saving
 * extracts outside the store's lock, so several pages can be extracted at once.
 */
public final class Library implements AutoCloseable {
    private final Store store;
    /** Stateless and thread-safe: one serves every library and thread. */
    private static final Extractor EXTRACTOR = new Extractor();
    private final RelatedStories related;
    private final Stories stories;
    private final Clock clock;
    private Fetcher fetcher; // made on first use: most commands never fetch

    private Library(Store store, Clock clock) {
        this.store = store;
        this.related = new RelatedStories(store);
        this.stories = new Stories(store, related);
        this.clock = clock;
    }

    /** Readies what opening a library needs, ahead of {@link #open} (see {@link Store#warmUp}). */
    public static void warmUp() {
        Store.warmUp();
    }

    /** Opens (creating when missing) the library file at {@code file}. */
    public static Library open(Path file) {
        return new Library(Store.open(file), Clock.systemUTC());
    }

    /** As {@link #open(Path)}; {@code notices} hears a line before a long upgrade of an old library. */
    public static Library open(Path file, Consumer<String> notices) {
        return new Library(Store.open(file, notices), Clock.systemUTC());
    }

    /**
     * Opens an existing library for commands that only read: never writes, never waits for
     * another process's write, and fails with a clear message when there is no library there.
     */
    public static Library openReadOnly(Path file) {
        return new Library(Store.openReadOnly(file), Clock.systemUTC());
    }

    /** As {@link #openReadOnly(Path)}; {@code notices} as for {@link #open(Path, Consumer)}. */
    public static Library openReadOnly(Path file, Consumer<String> notices) {
        return new Library(Store.openReadOnly(file, notices), Clock.systemUTC());
    }

    /** The library file. */
    public Path file() {
        return store.file();
    }

    // ---- saving ----

    /**
     * Extracts the article in {@code page} and stores it with {@code tags}, unless the library
     * already holds it (same normalized URL or canonical URL).
     */
    public SaveOutcome save(Page page, Collection<String> tags) {
        return commit(prepare(page, tags));
    }

    /**
     * The slow, lock-free half of saving: checks the URL and extracts the article. Safe to
     * run on many threads at once; {@link #commit} then stores the result.
     */
    Prepared prepare(Page page, Collection<String> tags) {
        List<String> cleanTags = normalizeTags(tags); // a bad tag fails the save, whatever the page
        if (page.url() != null && !page.url().equals(UrlNormalizer.withoutUserInfo(page.url()))) {
            page = new Page(page.body(), UrlNormalizer.withoutUserInfo(page.url()), page.contentType(), page.charset());
        }
        Optional<String> urlKey = UrlNormalizer.key(page.url());
        if (urlKey.isEmpty()) {
            return new Prepared(new SaveOutcome.Failed("not a valid absolute URL: " + page.url()));
        }
        OptionalLong known = store.findByKeyCommitted(urlKey.get(), null);
        if (known.isPresent()) {
            return new Prepared(alreadySaved(known.getAsLong()));
        }
        if (page.body().length == 0) {
            return new Prepared(new SaveOutcome.Failed("empty page"));
        }
        ExtractedArticle extracted = extract(page);
        if (extracted.isEmpty()) {
            return new Prepared(new SaveOutcome.Failed("no article found"));
        }
        return prepareExtracted(page.url(), urlKey.get(), extracted, cleanTags);
    }

    /**
     * The rest of {@link #prepare} once the article is extracted, for feeds that supply their
     * own; {@code url} is already without user-info and {@code cleanTags} already checked.
     */
    Prepared prepareExtracted(String url, String urlKey, ExtractedArticle extracted, List<String> cleanTags) {
        String canonical = UrlNormalizer.withoutUserInfo(usableCanonical(url, extracted.canonicalUrl()));
        String canonicalKey = canonical == null ? null : UrlNormalizer.key(canonical).orElse(null);
        String title = titleOf(extracted, url);
        if (url.startsWith("file:") && canonicalKey != null) {
            // A saved page that names where it came from (canonical link, og:url, JSON-LD) is
            // stored under that address: 'o' opens the web page and site: matches its host.
            url = canonical;
            urlKey = canonicalKey;
        }
        Article article = new Article(0, url, canonical, title,
                extracted.byline(), extracted.site(), extracted.language(), extracted.published(),
                clock.instant(), extracted.wordCount(), extracted.excerpt(), extracted.leadImage(),
                extracted.html(), extracted.text(), false, false, 0, cleanTags);
        // Terms and the compressed body are made here, on the extracting thread, outside the store lock.
        // So is the search for its story's neighbours (see Stories.probe); commit only links it.
        StoredTerms terms = related.terms(article);
        return new Prepared(article, urlKey, canonicalKey, terms, Store.packBody(article.text(), article.html()),
                stories.probe(terms, article.published()));
    }

    /** The quick half of saving: stores a prepared article unless it is a duplicate. */
    SaveOutcome commit(Prepared prepared) {
        if (prepared.outcome() != null) {
            return prepared.outcome();
        }
        // Stamped here, not when extracted, so that "newest first" follows the order of saving.
        Article a = prepared.article();
        Article article = new Article(0, a.url(), a.canonicalUrl(), a.title(), a.byline(), a.site(), a.language(),
                a.published(), clock.instant(), a.words(), a.excerpt(), a.leadImage(), a.html(), a.text(),
                false, false, 0, a.tags());
        // Check and insert under the store's lock, so two threads saving the same page store it once.
        synchronized (store) {
            OptionalLong duplicate = store.findByKey(prepared.urlKey(), prepared.canonicalKey());
            if (duplicate.isPresent()) {
                return alreadySaved(duplicate.getAsLong());
            }
            long id = store.inOneTransaction(() -> {
                long saved = store.insert(article, prepared.urlKey(), prepared.canonicalKey(),
                        UrlNormalizer.host(article.url()), prepared.terms(), prepared.packedBody());
                stories.place(saved, prepared.placement());
                return saved;
            });
            return new SaveOutcome.Saved(id, article.title());
        }
    }

    /**
     * Stores prepared articles in one transaction, in order. Should that fail, each is
     * stored on its own, so one bad article costs only itself.
     */
    List<SaveOutcome> commitAll(List<Prepared> batch) {
        synchronized (store) {
            try {
                return store.inOneTransaction(() -> batch.stream().map(this::commit).toList());
            } catch (StoreException.DiskFull full) {
                throw full; // one at a time would fail the same way
            } catch (RuntimeException e) {
                List<SaveOutcome> outcomes = new java.util.ArrayList<>(batch.size());
                for (Prepared p : batch) {
                    try {
                        outcomes.add(commit(p));
                    } catch (StoreException.DiskFull full) {
                        throw full;
                    } catch (RuntimeException single) {
                        String message = single.getMessage() == null ? single.toString() : single.getMessage();
                        outcomes.add(new SaveOutcome.Failed(message.lines().findFirst().orElse("")));
                    }
                }
                return outcomes;
            }
        }
    }

    /** An extracted article ready to store, or the outcome that ended saving early. */
    record Prepared(SaveOutcome outcome, Article article, String urlKey, String canonicalKey, StoredTerms terms,
                    byte[] packedBody, Stories.Probe placement) {
        Prepared(SaveOutcome outcome) {
            this(outcome, null, null, null, null, null, null);
        }

        Prepared(Article article, String urlKey, String canonicalKey, StoredTerms terms, byte[] packedBody,
                 Stories.Probe placement) {
            this(null, article, urlKey, canonicalKey, terms, packedBody, placement);
        }
    }

    /** Readies the store for saving many articles in a row (see {@link Store#prepareForBulkWrites}). */
    void prepareForBulkWrites() {
        store.prepareForBulkWrites();
    }

    /** Fetches {@code url} and saves its article; any failure is a {@link SaveOutcome.Failed}. */
    public SaveOutcome add(String url, Collection<String> tags) {
        try {
            return save(fetcher().fetch(withScheme(url)), tags);
        } catch (FetchException e) {
            return new SaveOutcome.Failed(reason(url, e.getMessage()));
        }
    }

    /**
     * Fetches and saves many URLs, {@code jobs} at a time. Every URL ends as exactly one
     * outcome, in input order; what succeeds is stored whatever happens to the others.
     */
    public List<BulkFetch.Outcome> addAll(List<String> urls, int jobs, Collection<String> tags,
                                          BulkFetch.Listener listener) {
        BulkFetch bulk = new BulkFetch(fetcher(), jobs);
        BulkFetch.Listener hinted = listener.finishing(Library::withReason);
        return bulk.run(urls.stream().map(Library::withScheme).toList(), page -> {
            SaveOutcome outcome = save(page, tags);
            if (outcome.failed()) {
                throw new SaveFailed(((SaveOutcome.Failed) outcome).reason());
            }
            return outcome.message();
        }, hinted).stream().map(Library::withReason).toList();
    }

    private static BulkFetch.Outcome withReason(BulkFetch.Outcome outcome) {
        return outcome.ok() ? outcome
                : new BulkFetch.Outcome(outcome.index(), outcome.url(), false, reason(outcome.url(), outcome.message()));
    }

    /**
     * Why saving {@code url} failed, saying how to save a file when a path was given where a
     * web address belongs: {@code fetch} only knows it is none, the command is this layer's.
     */
    static String reason(String url, String failure) {
        String u = url.strip();
        boolean path = u.startsWith("/") && !u.startsWith("//") || u.startsWith("./") || u.startsWith("../")
                || u.startsWith("~");
        return path && !failure.equals(BulkFetch.CANCELLED) ? failure + "; 'lede import FILE' saves a saved page" : failure;
    }

    /** A host name with a dot and a top-level domain, {@code localhost} or an IPv4 address; a port; a path. */
    private static final java.util.regex.Pattern SCHEMELESS = java.util.regex.Pattern.compile(
            "(?i)([a-z0-9][a-z0-9.-]*\\.[a-z]{2,}|localhost|\\d{1,3}(\\.\\d{1,3}){3})(:\\d+)?([/?#].*)?");

    /**
     * An address typed without a scheme ({@code example.com/story}) is taken as https: the
     * one rule for {@code lede add} and the reader's add prompt, which both save through here.
     */
    static String withScheme(String url) {
        String u = url.strip();
        return !u.contains("://") && SCHEMELESS.matcher(u).matches() ? "https://" + u : u;
    }

    /** Carries a save failure out of a bulk handler, which reports it for its URL. */
    private static final class SaveFailed extends Exception {
        SaveFailed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Fetches a page for a use case of this package that saves it its own way (sync). */
    Page fetchPage(String url) throws FetchException {
        return fetcher().fetch(url);
    }

    /** Sync with a Google Reader API account (see {@link Sync}). */
    public Sync sync() {
        return new Sync(this, new SyncStore(store), clock);
    }

    synchronized Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = new Fetcher();
        }
        return fetcher;
    }

    private SaveOutcome alreadySaved(long id) {
        String title = summary(id).map(ArticleSummary::title).orElse("");
        return new SaveOutcome.AlreadySaved(id, title);
    }

    /**
     * The article in a page without saving it: plain text and Markdown through the text
     * cleaner, anything else through the HTML extractor.
     */
    public static ExtractedArticle extract(Page page) {
        if ("text/markdown".equals(page.contentType())) {
            return dev.lede.extract.MarkdownArticle.parse(page.body(), page.charset(), page.url());
        }
        return isPlainText(page) ? PlainTextArticle.parse(page.body(), page.charset()) : EXTRACTOR.extract(page);
    }

    private static boolean isPlainText(Page page) {
        return "text/plain".equals(page.contentType()) || "text/markdown".equals(page.contentType());
    }

    /**
     * The page's canonical URL when it can be trusted as a de-duplication key: an http(s)
     * address that is not just the site's home page (some sites point every article there).
     */
    static String usableCanonical(String pageUrl, String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(canonical.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            String pagePath = new URI(pageUrl).getPath();
            boolean home = path.isEmpty() || path.equals("/");
            boolean pageIsHome = pagePath == null || pagePath.isEmpty() || pagePath.equals("/");
            return home && !pageIsHome ? null : uri.toString();
        } catch (Exception e) {
            return null;
        }
    }

    static String titleOf(ExtractedArticle extracted, String url) {
        if (extracted.title() != null && !extracted.title().isBlank()) {
            return extracted.title().strip();
        }
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        last = last.replaceAll("\\.(html?|txt|md|markdown)$", "").replace('-', ' ').replace('_', ' ').strip();
        return last.isEmpty() ? url : last;
    }

    /**
     * Tags as stored (see {@link Tags}), duplicates removed; a bad tag (empty, too long, with
     * a control character) is a {@link Tags.InvalidTagException} naming it.
     */
    public static List<String> normalizeTags(Collection<String> tags) {
        return Tags.checked(tags);
    }

    /** A tag as the library stores it (see {@link Tags#normalize}); may be empty, and is not checked. */
    public static String normalizeTag(String tag) {
        return Tags.normalize(tag);
    }

    /** The store, for the library's own use cases (feeds). */
    Store store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    /** Subscriptions and their refresh; see {@link Feeds}. */
    public Feeds feeds() {
        return new Feeds(this);
    }

    /** Imports the articles of exports from other services and Lede's own; see {@link ArticleImport}. */
    public ArticleImport articleImport() {
        return new ArticleImport(this, store, related, clock, stories);
    }

    /** Fetches the pages of articles saved pending (from imports); see {@link PendingFetch}. */
    public PendingFetch pendingFetch() {
        return new PendingFetch(store, this::fetcher, this::indexFetched);
    }

    /**
     * Gives articles whose pages just arrived (they were saved pending) their related-stories
     * terms and their places in stories, as saving them with their pages would have: all the
     * terms first, then the stories in id order, so that the result does not depend on which
     * page came back first.
     */
    private void indexFetched(List<Long> ids) {
        List<Long> sorted = ids.stream().sorted().toList();
        for (int from = 0; from < sorted.size(); from += 256) {
            List<Long> batch = sorted.subList(from, Math.min(sorted.size(), from + 256));
            synchronized (store) {
                store.inOneTransaction(() -> {
                    for (long id : batch) {
                        get(id).ifPresent(a -> store.indexTerms(id, related.terms(a)));
                    }
                    return null;
                });
            }
        }
        for (int from = 0; from < sorted.size(); from += 256) {
            List<Long> batch = sorted.subList(from, Math.min(sorted.size(), from + 256));
            synchronized (store) {
                store.inOneTransaction(() -> {
                    batch.forEach(stories::assign);
                    return null;
                });
            }
        }
    }

    /** The highlights of article {@code id}, in the order they occur in it. */
    public List<dev.lede.model.Highlight> highlights(long id) {
        return new dev.lede.store.HighlightStore(store).of(id);
    }

    /** Adds highlights made in the reader to article {@code id} (one it has already is not added twice); how many were added. */
    public int addHighlights(long id, List<dev.lede.model.Highlight> highlights) {
        return new dev.lede.store.HighlightStore(store).addNew(id, highlights);
    }

    /** Removes these highlights of article {@code id}; how many were removed. */
    public int removeHighlights(long id, List<dev.lede.model.Highlight> highlights) {
        return new dev.lede.store.HighlightStore(store).remove(id, highlights);
    }

    /**
     * Replaces highlights {@code old} of article {@code id} by {@code now} in one transaction
     * (a note edited in the reader): a reader in another process never sees the passage
     * without its highlight, and a failed write leaves the old one.
     */
    public void replaceHighlights(long id, List<dev.lede.model.Highlight> old, List<dev.lede.model.Highlight> now) {
        new dev.lede.store.HighlightStore(store).replace(id, old, now);
    }

    /** Which of {@code ids} wait for their page, each with its last fetch error ("" when none). */
    public Map<Long, String> pendingStates(Collection<Long> ids) {
        return new dev.lede.store.PendingStore(store).states(ids);
    }

    /** Imports files and folders (recursively); see {@link FileImport}. */
    public FileImport importer() {
        return new FileImport(this);
    }

    // ---- reading ----

    /** Articles matching {@code query}, a page at a time. */
    public List<ArticleSummary> list(Query query, int offset, int limit) {
        return store.list(query, offset, limit);
    }

    /** Articles matching {@code query} in {@code sort} order (ranked when it has words), a page at a time. */
    public List<ArticleSummary> list(Query query, dev.lede.model.Sort sort, int offset, int limit) {
        return dev.lede.store.SortedList.page(store, query, sort, offset, limit);
    }

    /**
     * The date-ordered list continued after {@code row} (null: from the top); see
     * {@link Store#listAfter}. Queries with words are ranked: page those with {@link #list}.
     */
    public List<ArticleSummary> listAfter(Query query, ArticleSummary row, int limit) {
        return store.listAfter(query, row, limit);
    }

    /** The date-ordered rows just before {@code row} (null: the last ones), newest first. */
    public List<ArticleSummary> listBefore(Query query, ArticleSummary row, int limit) {
        return store.listBefore(query, row, limit);
    }

    /** How many articles match {@code query}. */
    public int count(Query query) {
        return store.count(query);
    }

    /**
     * Where article {@code id} stands in the date-ordered list of {@code query}; empty when it
     * is not in that list or the list is ranked (a query with words).
     */
    public java.util.OptionalInt indexOf(Query query, long id) {
        return dev.lede.store.ListPosition.of(store, query, id);
    }

    /** One article without its body: cheap, for checks and titles. */
    public Optional<ArticleSummary> summary(long id) {
        return store.summaries(List.of(id)).stream().findFirst();
    }

    /** One article, body included. */
    public Optional<Article> get(long id) {
        return store.get(id);
    }

    /** The {@code k} articles most related to article {@code id}, most related first. */
    public List<RelatedArticle> related(long id, int k) {
        return related.find(id, k);
    }

    /**
     * Readies related stories ahead of the first lookup: indexes the articles saved without
     * their terms (libraries from before schema step 2, re-extracted articles) and loads the
     * document frequencies (about 0.1 s at 100,000 articles). Slow on a large old library, so
     * callers run it in the background. Returns how many articles were indexed.
     */
    public int prepareRelated() {
        return related.prepare();
    }

    // ---- stories ----

    /**
     * The stories of the library, latest activity first: those with at least two articles, or
     * every story ({@code all}, stories of one included, so each article appears once). With a
     * query, only stories holding an article that matches. At most {@code limit}. Articles not
     * yet placed (saved before stories existed) are left out: see {@link #assignPendingStories}.
     */
    public List<Story> stories(Query query, boolean all, int limit) {
        return StoryList.of(store, stories, query, all, limit);
    }

    /** The story of article {@code id} with its articles, if the article exists. */
    public Optional<Story> storyOf(long id) {
        return StoryList.ofArticle(store, stories, id);
    }

    /** The story of article {@code id} in time order, with what each article adds (at most 50 articles read). */
    public Optional<dev.lede.model.StoryTimeline> storyTimeline(long id) {
        Optional<Story> story = storyOf(id);
        if (story.isEmpty()) {
            return Optional.empty();
        }
        List<Article> articles = new java.util.ArrayList<>();
        for (ArticleSummary s : story.get().articles()) {
            if (articles.size() < 50) {
                store.get(s.id()).ifPresent(articles::add);
            }
        }
        List<List<String>> adds = new java.util.ArrayList<>(dev.lede.related.StoryTerms.distinctive(articles, 4));
        while (adds.size() < story.get().articles().size()) {
            adds.add(List.of());
        }
        return Optional.of(new dev.lede.model.StoryTimeline(story.get(), adds.subList(0, story.get().articles().size())));
    }

    /** The story id of each of {@code ids} (an article not yet placed is its own story). */
    public Map<Long, Long> storyIds(Collection<Long> ids) {
        Map<Long, Long> found = new java.util.HashMap<>(stories.table().storyOf(ids));
        for (long id : ids) {
            found.putIfAbsent(id, id);
        }
        return found;
    }

    /** How many articles are in the story of each of {@code ids}. */
    public Map<Long, Integer> storySizes(Collection<Long> ids) {
        Map<Long, Long> story = stories.table().storyOf(ids);
        Map<Long, Integer> sizes = stories.table().sizes(new java.util.HashSet<>(story.values()));
        Map<Long, Integer> out = new java.util.HashMap<>();
        for (long id : ids) {
            Long s = story.get(id);
            out.put(id, s == null ? 1 : sizes.getOrDefault(s, 1));
        }
        return out;
    }

    /** Places the articles that have no story yet (from libraries older than stories). */
    public int assignPendingStories() {
        return stories.assignPending();
    }

    /** Draws every story again from scratch; returns how many articles it placed. */
    public int rebuildStories() {
        return stories.rebuild();
    }

    /** Every tag with its article count, most used first. */
    public Map<String, Integer> tags() {
        return store.tagCounts();
    }

    /** Changes whenever another process changes the library: poll it to refresh a view. */
    public long externalVersion() {
        return store.dataVersion();
    }

    public LibraryStats stats() {
        return store.stats();
    }

    // ---- changing ----

    /** Adds tags; false when there is no article {@code id}. */
    public boolean tag(long id, Collection<String> tags) {
        return store.addTags(id, normalizeTags(tags));
    }

    /** Removes tags; false when there is no article {@code id}. */
    public boolean untag(long id, Collection<String> tags) {
        return store.removeTags(id, normalizeTags(tags));
    }

    public boolean setBookmarked(long id, boolean bookmarked) {
        return store.setBookmarked(id, bookmarked);
    }

    public boolean setRead(long id, boolean read) {
        return store.setRead(id, read);
    }

    /** Archives or unarchives an article; false when there is no article {@code id}. */
    public boolean setArchived(long id, boolean archived) {
        return dev.lede.store.ArticleStates.setArchived(store, List.of(id), archived) > 0;
    }

    /** Archives or unarchives many articles in one transaction; returns how many there were. */
    public int setArchived(Collection<Long> ids, boolean archived) {
        return dev.lede.store.ArticleStates.setArchived(store, ids, archived);
    }

    /** Marks many articles read or unread in one transaction; returns how many there were. */
    public int setRead(Collection<Long> ids, boolean read) {
        return dev.lede.store.ArticleStates.setRead(store, ids, read);
    }

    /** Adds {@code tags} to many articles in one transaction; returns how many there were. */
    public int tag(Collection<Long> ids, Collection<String> tags) {
        List<String> normalized = normalizeTags(tags);
        return store.inOneTransaction(() -> (int) ids.stream().filter(id -> store.addTags(id, normalized)).count());
    }

    /** Removes {@code tags} from many articles in one transaction; returns how many there were. */
    public int untag(Collection<Long> ids, Collection<String> tags) {
        List<String> normalized = normalizeTags(tags);
        return store.inOneTransaction(() -> (int) ids.stream().filter(id -> store.removeTags(id, normalized)).count());
    }

    /** Whether article {@code id} is archived. */
    public boolean archived(long id) {
        return dev.lede.store.ArticleStates.archived(store, id);
    }

    /** The ids of every article matching {@code query}, newest saved first. */
    public List<Long> ids(Query query) {
        return dev.lede.store.ArticleStates.ids(store, query);
    }

    /** Records how far into article {@code id} the reader got, in percent (0 forgets it). */
    public void setProgress(long id, int percent) {
        dev.lede.store.ReadingProgress.set(store, id, percent);
    }

    /** The reading progress, in percent, of those of {@code ids} that were started. */
    public Map<Long, Integer> progress(Collection<Long> ids) {
        return dev.lede.store.ReadingProgress.of(store, ids);
    }

    public boolean setPosition(long id, int line) {
        return store.setPosition(id, line);
    }

    /** Deletes an article and returns it, so that {@link #restore} can undo the delete. */
    public Optional<Article> delete(long id) {
        return stories.delete(id, () -> store.delete(id));
    }

    /** Puts a deleted article back with its id, state and tags. */
    public void restore(Article article) {
        String urlKey = UrlNormalizer.key(article.url()).orElse(article.url());
        String canonicalKey = article.canonicalUrl() == null ? null
                : UrlNormalizer.key(article.canonicalUrl()).orElse(null);
        store.inOneTransaction(() -> {
            long id = store.insert(article, urlKey, canonicalKey, UrlNormalizer.host(article.url()),
                    related.terms(article));
            stories.assign(id);
            return id;
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
