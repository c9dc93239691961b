package dev.lede.related;

import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.RelatedArticle;
import dev.lede.store.CommittedTerms;
import dev.lede.store.Store;
import dev.lede.store.StoredTerms;
import dev.lede.store.TermCount;
import dev.lede.store.TermStats;
import dev.lede.store.TermVector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the saved articles that tell the same story as a given one.
 *
 * <p>Each article's terms are stored once, when it is saved ({@link #terms}). A lookup weighs
 * terms by BM25 (saturated counts, length-normalized, idf), boosts names, numbers and links,
 * finds candidates through the postings of the article's most telling terms, ranks them by
 * cosine similarity, and then re-ranks the closest by context: an article whose nearest
 * neighbours are also the query's is likely the same story, while an article of a similar story
 * sits among that story's articles. Shared tags and
 * near-identical titles add to the score.
 *
 * <p>Thread-safe; keeps the document frequencies in memory between lookups.
 */
public final class RelatedStories {
    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double ENTITY_BOOST = 1.5;
    /** Terms each article posts in the inverted index. */
    static final int POSTED_TERMS = 40;
    /** Query terms whose postings are read. */
    static final int QUERY_TERMS = 30;
    static final int POSTINGS_PER_TERM = 5000;
    static final int CANDIDATES = 100;
    /** The closest candidates re-ranked by the agreement of their neighbourhoods. */
    static final int POOL = 30;
    /** Neighbours that describe an article's neighbourhood. */
    static final int NEIGHBOURS = 5;
    static final double CONTEXT_WEIGHT = 2.0;
    static final double TAG_WEIGHT = 0.1;
    static final double TITLE_WEIGHT = 0.2;
    static final double SAME_TITLE = 0.6;

    private final Store store;
    private int dfDocs = -1;
    /** The document frequencies lookups and story placement under the lock weigh with (see {@link Frequencies}). */
    private Frequencies frequencies;

    public RelatedStories(Store store) {
        this.store = store;
    }

    /**
     * The terms to store with {@code article} when it is saved (pass them to
     * {@link Store#insert(Article, String, String, String, StoredTerms, byte[])}).
     */
    public StoredTerms terms(Article article) {
        TermTable terms = TermExtractor.extract(article.title(), article.text(), article.html());
        int[] hashes = new int[terms.size()];
        int length = 0;
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = terms.hash(i);
            length += terms.count(i);
        }
        SavingFrequencies frequencies = savingFrequencies();
        TermStats stats = frequencies.stats;
        int[] known = frequencies.of(hashes);
        int docs = stats.docs() + 1;
        double avg = stats.docs() == 0 ? Math.max(1, length) : stats.averageLength();
        double[] weight = new double[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            int df = Math.min(docs, known[i] + 1);
            weight[i] = weight(terms.count(i), terms.flags(i), length, avg, df, docs);
        }
        // The most telling terms are posted: the top ones by weight, the earlier of equals first.
        int[] best = topTerms(weight, POSTED_TERMS);
        int[] counts = new int[hashes.length];
        int[] flags = new int[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            counts[i] = terms.count(i);
            flags[i] = terms.flags(i);
        }
        for (int i : best) {
            flags[i] |= TermCount.POSTED;
        }
        return StoredTerms.of(hashes, counts, flags);
    }

    /**
     * The document frequencies saving looks up, remembered until the store next folds new
     * counts in: most words of an article were looked up for an earlier one, and a bulk save
     * would otherwise ask the store for hundreds of them per article. The library's totals
     * are read again every {@value #STATS_EVERY} articles: weights hardly move in between.
     */
    private final class SavingFrequencies {
        private static final int MAX_SIZE = 1 << 20;
        final int counted;
        final TermStats stats;
        final AtomicInteger uses = new AtomicInteger();
        /** Frequencies by hash; guarded by itself. */
        private final GrowingIntMap known;

        SavingFrequencies(TermStats stats, SavingFrequencies previous) {
            this.stats = stats;
            this.counted = stats.docs() - stats.uncounted();
            // The same fold: what was looked up still holds.
            this.known = previous != null && previous.counted == counted ? previous.known : new GrowingIntMap();
        }

        /** The frequency of each hash, 0 for terms no counted article has. */
        int[] of(int[] hashes) {
            int[] df = new int[hashes.length];
            List<Integer> missing = new ArrayList<>();
            synchronized (known) {
                for (int i = 0; i < hashes.length; i++) {
                    int f = known.get(hashes[i]);
                    if (f < 0) {
                        missing.add(hashes[i]);
                    } else {
                        df[i] = f;
                    }
                }
            }
            if (missing.isEmpty()) {
                return df;
            }
            Map<Integer, Integer> found = store.documentFrequencies(missing);
            synchronized (known) {
                if (known.size() > MAX_SIZE) {
                    known.clear(); // a bound on memory for a very long import
                }
                for (Integer hash : missing) {
                    known.put(hash, found.getOrDefault(hash, 0));
                }
            }
            for (int i = 0; i < hashes.length; i++) {
                Integer f = found.get(hashes[i]);
                if (f != null) {
                    df[i] = f;
                }
            }
            return df;
        }
    }

    private static final int STATS_EVERY = 16;
    private volatile SavingFrequencies savingFrequencies;

    private SavingFrequencies savingFrequencies() {
        SavingFrequencies current = savingFrequencies;
        if (current == null || current.uses.incrementAndGet() > STATS_EVERY) {
            current = new SavingFrequencies(store.termStats(), current);
            savingFrequencies = current;
        }
        return current;
    }

    /**
     * {@link #indexPending}, then the document frequencies loaded as last folded: what the
     * first lookup would wait for. Only reads (beyond old articles' terms), so that it never
     * waits on another process's import while holding the store: the first lookup folds new
     * counts in when there are enough of them.
     */
    public int prepare() {
        // The store's lock first, as everywhere here: a save holds it while stories ask for neighbours.
        synchronized (store) {
            synchronized (this) {
                int indexed = indexPending();
                if (frequencies == null) {
                    loadFrequencies(store.termStats());
                }
                return indexed;
            }
        }
    }

    /** Indexes every article saved without terms (older libraries, re-extracted articles). */
    private synchronized int indexPending() {
        if (store.isReadOnly()) {
            return 0; // a reading command never writes: such articles show no related stories yet
        }
        int done = 0;
        while (true) {
            List<Long> ids = store.unindexed(200);
            if (ids.isEmpty()) {
                return done;
            }
            for (long id : ids) {
                Optional<Article> article = store.get(id);
                if (article.isPresent()) {
                    store.indexTerms(id, terms(article.get()));
                } else {
                    store.indexTerms(id, StoredTerms.of(List.of())); // gone meanwhile: clears the queue entry
                }
                done++;
            }
        }
    }

    /** The {@code k} articles most related to article {@code id}, most related first. */
    public List<RelatedArticle> find(long id, int k) {
        synchronized (store) { // the store's lock first (see prepare)
            return findLocked(id, k);
        }
    }

    private synchronized List<RelatedArticle> findLocked(long id, int k) {
        if (k <= 0) {
            return List.of();
        }
        indexPending();
        Optional<TermVector> maybe = store.termVector(id);
        if (maybe.isEmpty() || maybe.get().size() == 0) {
            return List.of();
        }
        refreshFrequencies(store.termStats(), 20, 20);
        Frequencies f = frequencies;
        Weighted query = f.weigh(maybe.get());

        List<Weighted> candidates = candidates(f, query, QUERY_TERMS, POSTINGS_PER_TERM, CANDIDATES);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> first = new HashMap<>();
        for (Weighted c : candidates) {
            first.put(c.articleId, cosine(query, c));
        }
        candidates.sort(Comparator.comparingDouble((Weighted c) -> -first.get(c.articleId))
                .thenComparingLong(c -> -c.articleId));

        // Context: articles of one story are each other's nearest neighbours, while a similar
        // story's articles have their own. Add how much the two articles' neighbourhoods agree.
        Map<Long, Double> score = new HashMap<>();
        double[] context = contextSimilarity(candidates.subList(0, Math.min(Math.max(POOL, k), candidates.size())),
                first);
        for (int i = 0; i < candidates.size(); i++) {
            Weighted c = candidates.get(i);
            score.put(c.articleId, first.get(c.articleId) + (i < context.length ? CONTEXT_WEIGHT * context[i] : 0));
        }

        // Tags and titles: the articles' own signals.
        List<Long> ids = new ArrayList<>(score.keySet());
        ids.add(id);
        Map<Long, ArticleSummary> summaries = new HashMap<>();
        for (ArticleSummary s : store.summaries(ids)) {
            summaries.put(s.id(), s);
        }
        ArticleSummary self = summaries.get(id);
        Set<String> ownTags = self == null ? Set.of() : new HashSet<>(self.tags());
        for (Weighted c : candidates) {
            ArticleSummary s = summaries.get(c.articleId);
            if (s == null) {
                score.remove(c.articleId);
                continue;
            }
            double bonus = TAG_WEIGHT * jaccard(ownTags, new HashSet<>(s.tags()));
            double titles = titleSimilarity(query, c);
            if (titles >= SAME_TITLE) {
                bonus += TITLE_WEIGHT * titles;
            }
            score.merge(c.articleId, bonus, Double::sum);
        }
        List<Weighted> ranked = new ArrayList<>();
        for (Weighted c : candidates) {
            if (score.containsKey(c.articleId)) {
                ranked.add(c);
            }
        }
        ranked.sort(Comparator.comparingDouble((Weighted c) -> -score.get(c.articleId))
                .thenComparingLong(c -> -c.articleId));
        ranked = ranked.subList(0, Math.min(k, ranked.size()));

        Map<Integer, String> names = termNames(id);
        List<RelatedArticle> result = new ArrayList<>();
        for (Weighted c : ranked) {
            ArticleSummary s = summaries.get(c.articleId);
            result.add(new RelatedArticle(s, score.get(c.articleId), reasons(query, c, ownTags, s, names)));
        }
        return result;
    }

    /**
     * Candidates for {@code query}: the articles that posted one of its {@code queryTerms} most
     * telling terms (reading at most {@code postingsPerTerm} newest postings of each), the
     * {@code limit} with the most weight of shared terms, weighed.
     */
    private List<Weighted> candidates(Frequencies f, Weighted query, int queryTerms, int postingsPerTerm, int limit) {
        List<Long> ids = candidates(query, topTerms(query, queryTerms), limit,
                hash -> store.postings(hash, postingsPerTerm)).ids();
        List<Weighted> candidates = new ArrayList<>();
        for (TermVector v : store.termVectors(ids)) {
            candidates.add(f.weigh(v));
        }
        return candidates;
    }

    /**
     * Candidates found through postings, the most weight of shared terms (votes) first, and
     * the votes of the weakest kept when more were found than kept (else 0: every article
     * found was kept).
     */
    record Candidates(List<Long> ids, double weakest) {
    }

    /**
     * The {@code limit} articles found through {@code postings} (newest first for a term hash)
     * of the query's terms at the indexes {@code top} (its most telling), the most weight of
     * shared terms first, with the weakest kept candidate's votes.
     */
    private static Candidates candidates(Weighted query, int[] top, int limit,
            java.util.function.IntFunction<long[]> postings) {
        long[][] lists = new long[top.length][];
        int total = 0;
        for (int r = 0; r < top.length; r++) {
            lists[r] = postings.apply(query.ids[top[r]]);
            total += lists[r].length;
        }
        // Votes summed in a primitive open-addressing table (ids are positive; 0 marks a free
        // slot): tens of thousands of postings a search, which boxed maps spent most time on.
        int capacity = Integer.highestOneBit(Math.max(16, total) * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] keys = new long[capacity];
        double[] votes = new double[capacity];
        for (int r = 0; r < top.length; r++) {
            double w = query.weights[top[r]];
            for (long other : lists[r]) {
                if (other == query.articleId || other <= 0) {
                    continue;
                }
                int slot = (int) (other * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (keys[slot] != 0 && keys[slot] != other) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = other;
                votes[slot] += w;
            }
        }
        // The `limit` best (most votes, then the newest) through a heap whose root is the worst kept.
        int[] heap = new int[Math.max(0, limit)];
        int size = 0;
        boolean dropped = false;
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] == 0) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = slot;
                siftUp(heap, size++, keys, votes);
                continue;
            }
            dropped = true;
            if (size > 0 && better(slot, heap[0], keys, votes)) {
                heap[0] = slot;
                siftDown(heap, size, keys, votes);
            }
        }
        double weakest = dropped && size > 0 ? votes[heap[0]] : 0;
        List<Long> ids = new ArrayList<>(size);
        Integer[] kept = new Integer[size];
        for (int i = 0; i < size; i++) {
            kept[i] = heap[i];
        }
        java.util.Arrays.sort(kept, (x, y) -> better(x, y, keys, votes) ? -1 : better(y, x, keys, votes) ? 1 : 0);
        for (int slot : kept) {
            ids.add(keys[slot]);
        }
        return new Candidates(ids, weakest);
    }

    /** True when the candidate in slot {@code a} ranks above the one in {@code b}: more votes, then newer. */
    private static boolean better(int a, int b, long[] keys, double[] votes) {
        int c = Double.compare(votes[a], votes[b]);
        return c > 0 || c == 0 && keys[a] > keys[b];
    }

    private static void siftUp(int[] heap, int at, long[] keys, double[] votes) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at], keys, votes)) {
                return;
            }
            int t = heap[parent];
            heap[parent] = heap[at];
            heap[at] = t;
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, long[] keys, double[] votes) {
        int at = 0;
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (better(heap[worst], heap[child], keys, votes)) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            int t = heap[worst];
            heap[worst] = heap[at];
            heap[at] = t;
            at = worst;
        }
    }

    /** The indexes of the {@code k} heaviest terms of {@code v}, as {@link #topTerms(double[], int)}. */
    static int[] topTerms(Weighted v, int k) {
        return topTerms(v.weights, k);
    }

    /**
     * The indexes of the {@code k} largest of {@code w}, largest first (the earlier of equals
     * first), by insertion into a list of k: no sort of all the terms, boxed.
     */
    static int[] topTerms(double[] w, int k) {
        int[] top = new int[Math.min(k, w.length)];
        int size = 0;
        for (int i = 0; i < w.length; i++) {
            if (size == top.length && (size == 0 || Double.compare(w[i], w[top[size - 1]]) <= 0)) {
                continue;
            }
            int at = size < top.length ? size++ : size - 1;
            while (at > 0 && Double.compare(w[i], w[top[at - 1]]) > 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return top;
    }

    /**
     * What a placement reads of the library before the article is saved, taking none of the
     * store's locks: see {@link #probe}.
     *
     * @param snapshot   every article with terms and an id up to this one was compared
     * @param weights    the document frequencies the similarities were weighed with
     * @param query      the new article's vector, weighed (article id 0)
     * @param lookup     its terms, set up for comparing (see {@link #cosine(Weighted, TermLookup, Weighted)})
     * @param topTerms   the hashes of its most telling terms searched for, ascending
     * @param topWeights the weight of each of {@code topTerms}: what an article that posted it votes
     * @param weakest    the votes of the weakest candidate the postings gave (0 when all were kept)
     * @param similarity the time-weighted similarity of the new article to each candidate at the floor or above
     */
    record Probe(long snapshot, Frequencies weights, Weighted query, TermLookup lookup, int[] topTerms,
                 double[] topWeights, double weakest, Map<Long, Double> similarity) {
        /**
         * The votes an article that posted {@code posted} (ascending) would have had in the
         * search: the summed weights of the top terms it posted.
         */
        double votes(int[] posted) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < topTerms.length && j < posted.length) {
                if (topTerms[i] == posted[j]) {
                    sum += topWeights[i++];
                    j++;
                } else if (topTerms[i] < posted[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }

    /**
     * The similarity (cosine, scaled by {@code timeWeight} between {@code day}, the article's
     * published day, and each candidate's) of a not yet saved article with
     * {@code terms} to its likely neighbours at the search's floor or above, found as
     * {@link #neighbourhood} finds them but in the library as last
     * committed, through the store's side connection: it runs on the extracting threads while
     * another saves. Articles saved after the snapshot are the caller's to compare.
     */
    Probe probe(StoredTerms terms, NeighbourSearch search, int day, NeighbourSearch.TimeWeight timeWeight) {
        CommittedTerms committed = new CommittedTerms(store);
        long snapshot = committed.maxIndexed(); // first: whatever the postings show later is at least this
        TermStats stats = store.termStats();
        Frequencies weights = probeFrequencies(stats, committed);
        Frequencies.Query prepared = weights.query(terms.vector());
        Weighted query = prepared.vector();
        int[] top = topTerms(query, search.queryTerms());
        int[] byHash = top.clone(); // the query's terms are in hash order: their indexes sort as their hashes
        java.util.Arrays.sort(byHash);
        int[] topHashes = new int[top.length];
        double[] topWeights = new double[top.length];
        for (int i = 0; i < top.length; i++) {
            topHashes[i] = query.ids[byHash[i]];
            topWeights[i] = query.weights[byHash[i]];
        }
        Map<Long, Double> similarity = Map.of();
        double weakest = 0;
        if (query.ids.length > 0) {
            int limit = search.postingsPerTerm();
            Candidates found = storyCandidates(weights, query, top, search,
                    few -> committed.postings(few, limit), hash -> committed.postings(hash, limit));
            weakest = found.weakest();
            similarity = search.compare(found.ids(), committed::vectors,
                    // later ones are compared with the rest saved since
                    (v, floor) -> v.articleId() <= snapshot ? weights.cosine(prepared, v, floor) : Double.NaN,
                    timeWeight, day);
        }
        return new Probe(snapshot, weights, query, prepared.lookup(), topHashes, topWeights, weakest,
                similarity);
    }

    /**
     * Candidates for a story search through the postings of the query's terms at the indexes
     * {@code top}: the terms with at most {@link NeighbourSearch#postingsPerTerm} articles as
     * last loaded (the most telling terms mostly are; all of their blocks are read anyway) in
     * one read up front through {@code few}, the others a term at a time through {@code one},
     * each list stopping at that many. The same lists as reading each term on its own.
     */
    private static Candidates storyCandidates(Frequencies weights, Weighted query, int[] top, NeighbourSearch search,
            java.util.function.Function<int[], Map<Integer, long[]>> few, java.util.function.IntFunction<long[]> one) {
        int[] rare = java.util.Arrays.stream(top).map(i -> query.ids[i])
                .filter(h -> weights.df(h) <= search.postingsPerTerm()).toArray();
        Map<Integer, long[]> read = few.apply(rare);
        return candidates(query, top, search.candidates(), hash -> {
            long[] found = read.get(hash);
            return found != null ? found : one.apply(hash);
        });
    }

    private final Object probeLoad = new Object();
    private volatile Frequencies probeFrequencies;

    /**
     * The frequencies probes weigh with, as last folded and committed: loaded again once the
     * library has grown by half and new counts were folded in. Every similarity of a probe uses
     * one set, and idf shifts by log 1.5 at most in between, alike for every term; the norms a
     * set keeps are what makes a probe cheap (each load weighs the candidates again, which was
     * most of a bulk import's probing when loads came at every quarter).
     */
    private Frequencies probeFrequencies(TermStats stats, CommittedTerms committed) {
        Frequencies f = probeFrequencies;
        int counted = stats.docs() - stats.uncounted();
        if (f != null && (counted == f.counted() || stats.docs() <= f.docs() + f.docs() / 2)) {
            return f;
        }
        synchronized (probeLoad) {
            f = probeFrequencies;
            if (f == null || counted != f.counted() && stats.docs() > f.docs() + f.docs() / 2) {
                int[][] loaded = committed.documentFrequencies();
                f = new Frequencies(loaded[0], loaded[1], Math.max(1, stats.docs()), stats.averageLength(), counted);
                probeFrequencies = f;
            }
            return f;
        }
    }

    /**
     * The similarity (cosine, scaled by {@code timeWeight} between the days the article and
     * each candidate were published, as their vectors carry them) of article {@code id} to each of
     * its likely neighbours at the search's floor or above, found as {@link #find} finds
     * candidates but cheaper ({@code search}: fewer terms, postings and candidates): what story
     * assignment needs at each save. Empty when the article has no terms.
     */
    Map<Long, Double> neighbourhood(long id, NeighbourSearch search, long below, NeighbourSearch.TimeWeight timeWeight) {
        synchronized (store) { // the store's lock first (see prepare)
            return neighbourhoodLocked(id, search, below, timeWeight);
        }
    }

    private synchronized Map<Long, Double> neighbourhoodLocked(long id, NeighbourSearch search, long below,
            NeighbourSearch.TimeWeight timeWeight) {
        indexPending();
        Optional<TermVector> maybe = store.termVector(id);
        if (maybe.isEmpty() || maybe.get().size() == 0) {
            return Map.of();
        }
        TermStats stats = store.currentTermStats(); // its own fold included: inside a save's transaction the side connection lags
        refreshFrequencies(stats, 1, PLACING_CHANGE);
        // Weighed with the frequencies as loaded, totals included (within a tenth of
        // today's, see PLACING_CHANGE), so that the candidates' norms carry over from one placement to the next.
        Frequencies f = frequencies;
        Frequencies.Query prepared = f.query(maybe.get());
        Weighted query = prepared.vector();
        int limit = search.postingsPerTerm();
        Candidates found = storyCandidates(f, query, topTerms(query, search.queryTerms()), search,
                few -> store.postings(few, limit, below), hash -> store.postings(hash, limit, below));
        return search.compare(found.ids(), store::termVectors, (v, floor) -> f.cosine(prepared, v, floor),
                timeWeight, maybe.get().day());
    }

    /**
     * The context similarity of the query to each of {@code pool} (ranked by cosine, most similar
     * first): each article, the query included, is described by its similarities to itself and to
     * its {@value #NEIGHBOURS} nearest neighbours among the query and the pool; two descriptions
     * are compared by weighted Jaccard overlap (sum of minimums over sum of maximums). An article
     * the query's neighbours are close to, and whose own neighbours are close to the query, scores
     * high; one that merely resembles the query but sits among another story's articles does not.
     * Costs {@code pool²/2} cosines.
     */
    private static double[] contextSimilarity(List<Weighted> pool, Map<Long, Double> first) {
        int n = pool.size() + 1; // index 0 is the query, i + 1 is pool.get(i)
        double[][] sim = new double[n][n];
        sim[0][0] = 1;
        for (int i = 1; i < n; i++) {
            sim[i][i] = 1;
            sim[0][i] = sim[i][0] = first.get(pool.get(i - 1).articleId);
            for (int j = 1; j < i; j++) {
                sim[i][j] = sim[j][i] = cosine(pool.get(i - 1), pool.get(j - 1));
            }
        }
        double[][] near = new double[n][];
        for (int i = 0; i < n; i++) {
            near[i] = nearest(sim[i], i, NEIGHBOURS);
        }
        double[] context = new double[n - 1];
        for (int i = 1; i < n; i++) {
            double min = 0;
            double max = 0;
            for (int j = 0; j < n; j++) {
                min += Math.min(near[0][j], near[i][j]);
                max += Math.max(near[0][j], near[i][j]);
            }
            context[i - 1] = max == 0 ? 0 : min / max;
        }
        return context;
    }

    /** {@code row} with all but {@code self} and its {@code k} largest other entries set to 0. */
    private static double[] nearest(double[] row, int self, int k) {
        double[] out = new double[row.length];
        out[self] = row[self];
        boolean[] taken = new boolean[row.length];
        taken[self] = true;
        for (int r = 0; r < Math.min(k, row.length - 1); r++) {
            int best = -1;
            for (int j = 0; j < row.length; j++) {
                if (!taken[j] && (best < 0 || row[j] > row[best])) {
                    best = j;
                }
            }
            taken[best] = true;
            out[best] = row[best];
        }
        return out;
    }

    /**
     * Reloads the document frequencies when the library changed by more than a few percent
     * since they were loaded: slightly stale frequencies hardly move a ranking.
     */
    private void refreshFrequencies(TermStats stats, int minChange, int fraction) {
        int changed = Math.abs(stats.docs() - dfDocs) + stats.uncounted();
        if (store.isReadOnly()) {
            if (frequencies == null) {
                loadFrequencies(stats); // as last folded: a reading command never writes
            }
        } else if (frequencies == null || changed > Math.max(minChange, dfDocs / fraction)) {
            store.foldTermCounts();
            loadFrequencies(stats);
        }
    }

    /**
     * Story placement under the lock reloads the frequencies once the library changed by a
     * tenth (new articles count twice: once added, once not yet folded in), a lookup by a
     * twentieth: in a young library, reading every term's frequency again was half of what
     * placing cost the saving thread.
     */
    static final int PLACING_CHANGE = 10;

    /** The document frequencies as last folded, for a library of {@code stats.docs()} articles. */
    private void loadFrequencies(TermStats stats) {
        int[][] loaded = store.documentFrequencies();
        dfDocs = stats.docs();
        frequencies = new Frequencies(loaded[0], loaded[1], Math.max(1, stats.docs()), stats.averageLength(),
                stats.docs() - stats.uncounted());
    }

    /** A stored vector with BM25 weights and its Euclidean norm. */
    record Weighted(long articleId, int[] ids, double[] weights, byte[] flags, double norm) {
        /** The same vector as article {@code id}'s. */
        Weighted as(long id) {
            return new Weighted(id, ids, weights, flags, norm);
        }
    }

    /** One term's weight as saving weighs it to choose the terms it posts (see {@link Frequencies#weight}). */
    static double weight(int count, int flags, int length, double avgLength, int df, int docs) {
        return Frequencies.weight(count, flags, Frequencies.lengthNorm(length, avgLength), Frequencies.idf(df, docs));
    }

    static double cosine(Weighted a, Weighted b) {
        if (a.norm == 0 || b.norm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.ids.length && j < b.ids.length) {
            int x = a.ids[i];
            int y = b.ids[j];
            if (x == y) {
                dot += a.weights[i] * b.weights[j];
            }
            i += x <= y ? 1 : 0; // no branch on the order, which the CPU cannot guess
            j += y <= x ? 1 : 0;
        }
        return dot / (a.norm * b.norm);
    }

    /**
     * {@link #cosine(Weighted, Weighted)} of {@code a}, whose terms {@code lookup} holds, and
     * {@code b}: the same value, walking {@code b}'s terms only (see {@link TermLookup}).
     */
    static double cosine(Weighted a, TermLookup lookup, Weighted b) {
        if (a.norm == 0 || b.norm == 0) {
            return 0;
        }
        double dot = 0;
        for (int j = 0; j < b.ids.length; j++) {
            int i = lookup.positionOf(b.ids[j]);
            if (i >= 0) {
                dot += a.weights[i] * b.weights[j];
            }
        }
        return dot / (a.norm * b.norm);
    }

    /** Jaccard overlap of the two titles' terms. */
    private static double titleSimilarity(Weighted a, Weighted b) {
        int shared = 0;
        int inA = 0;
        int inB = 0;
        int i = 0;
        int j = 0;
        while (i < a.ids.length || j < b.ids.length) {
            int x = i < a.ids.length ? a.ids[i] : Integer.MAX_VALUE;
            int y = j < b.ids.length ? b.ids[j] : Integer.MAX_VALUE;
            boolean ta = x <= y && (a.flags[i] & TermCount.TITLE) != 0;
            boolean tb = y <= x && (b.flags[j] & TermCount.TITLE) != 0;
            if (ta) {
                inA++;
            }
            if (tb) {
                inB++;
            }
            if (ta && tb) {
                shared++;
            }
            if (x <= y) {
                i++;
            }
            if (y <= x) {
                j++;
            }
        }
        int union = inA + inB - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** The shared terms contributing most to the similarity of {@code a} and {@code b}. */
    private static List<Integer> sharedTerms(Weighted a, Weighted b, int max) {
        List<int[]> shared = new ArrayList<>(); // {index in a, index in b}
        int i = 0;
        int j = 0;
        while (i < a.ids.length && j < b.ids.length) {
            if (a.ids[i] == b.ids[j]) {
                shared.add(new int[] {i++, j++});
            } else if (a.ids[i] < b.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        shared.sort(Comparator.comparingDouble((int[] p) -> -a.weights[p[0]] * b.weights[p[1]]));
        List<Integer> ids = new ArrayList<>();
        for (int[] p : shared) {
            if (ids.size() == max) {
                break;
            }
            if ((a.flags[p[0]] & TermCount.LINK) == 0) {
                ids.add(a.ids[p[0]]);
            }
        }
        return ids;
    }

    /** The words of article {@code id} by term hash, to name the shared terms. */
    private Map<Integer, String> termNames(long id) {
        Map<Integer, String> names = new HashMap<>();
        store.get(id).ifPresent(a -> {
            TermTable terms = TermExtractor.extract(a.title(), a.text(), a.html());
            for (int i = 0; i < terms.size(); i++) {
                names.put(terms.hash(i), terms.term(i));
            }
        });
        return names;
    }

    private static List<String> reasons(Weighted query, Weighted c, Set<String> ownTags, ArticleSummary s,
            Map<Integer, String> names) {
        List<String> reasons = new ArrayList<>();
        for (String tag : s.tags()) {
            if (ownTags.contains(tag) && reasons.size() < 2) {
                reasons.add("#" + tag);
            }
        }
        int index = 0;
        for (int termId : sharedTerms(query, c, 4)) {
            if (reasons.size() >= 4) {
                break;
            }
            String name = names.get(termId);
            if (name == null) {
                continue;
            }
            while (index < query.ids.length && query.ids[index] < termId) {
                index++;
            }
            boolean entity = index < query.ids.length && query.ids[index] == termId
                    && (query.flags[index] & TermCount.ENTITY) != 0;
            reasons.add(entity && Character.isLetter(name.charAt(0))
                    ? name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) : name);
            index = 0;
        }
        return reasons;
    }
}
