package dev.lede.related;

import dev.lede.store.PublishedDay;
import dev.lede.store.Store;
import dev.lede.store.StoredTerms;
import dev.lede.store.TermCount;
import dev.lede.store.TermStats;
import dev.lede.store.TermVector;
import dev.lede.store.StoryStore;
import dev.lede.store.StoryStore.Neighbour;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places every article in its story: all the articles about one event.
 *
 * <p>Each article keeps a list of its {@value #NEIGHBOURS} nearest neighbours (cosine of the
 * related-stories term weights, lowered for articles published weeks apart; none under
 * {@value #FLOOR}). Two articles are linked when their neighbourhoods agree: the weighted Jaccard
 * overlap of the two lists, each holding the article itself, is at least {@value #LINK}. A story is a connected
 * group of linked articles. Sibling events of one topic (two earthquakes) resemble each other
 * but each sits among its own reports, which is what the overlap sees and a plain cosine
 * threshold does not.
 *
 * <p>Saving an article computes its list from the usual candidates ({@link #probe}, before the
 * save and outside the store's lock) and puts it into the lists of those it beats, then redraws
 * only the stories those articles touch ({@link #place}, under the lock): stories merge when a
 * new article links two, and split when a list loses a link. Deleting refills the lists that
 * held the article and redraws the same way. The result depends on the order of saving only
 * through the term weights (document frequencies as of each save; in a young library, lists
 * are drawn again as it grows) and through which candidates the postings offer: see
 * {@link #rebuild}.
 *
 * <p>Thread-safe: every change holds the store's lock (taken before the related lookups' own
 * lock, as everywhere), which also guards the little this keeps in memory (recent articles'
 * vectors, young lists' sizes); a probe takes none of the store's locks.
 */
public final class Stories {
    static final int NEIGHBOURS = 5;
    static final double LINK = 0.15;
    /**
     * Less similar than this, an article is no neighbour at all: about the most that articles of
     * unrelated stories reach (1 in 1,000 such pairs on the benchmark), while 19 in 20 pairs of
     * one story are above it.
     */
    static final double FLOOR = 0.1;
    /**
     * The neighbour search, smaller than a related-stories lookup (30 terms' postings, 100
     * candidates): only the {@value #NEIGHBOURS} nearest are kept, and the candidates with the
     * most votes hold them. 20 terms and at most 40 candidates, compared ten at a time until ten
     * bring none among the nearest (see {@link NeighbourSearch#compare}), find 99.8% of the true
     * nearest five on the story benchmark (99.6% with the 91 unrelated pages mixed in; true:
     * compared with every article, {@code NeighbourRecallBench}); comparing twenty before the
     * first check found 99.97% and 99.6%, at twice the vectors read for an article with no near
     * one, which most articles of a large library are.
     */
    static final NeighbourSearch SEARCH = new NeighbourSearch(20, 1000, 40, 10, NEIGHBOURS, FLOOR);
    /** Articles published this many days apart or less compare at full similarity. */
    static final int SAME_DAYS = 14;
    private static final int BATCH = 200;

    private final RelatedStories related;
    private final StoryStore db;
    private final Store store;

    public Stories(Store store, RelatedStories related) {
        this.store = store;
        this.related = related;
        this.db = new StoryStore(store);
    }

    /** The store side of stories, for listing them. */
    public StoryStore table() {
        return db;
    }

    /**
     * Places the article {@code id}, just saved (or put back by an undo), in its story, comparing
     * it with every other article. Call inside the save's transaction.
     */
    public void assign(long id) {
        assign(id, Long.MAX_VALUE);
    }

    /** As {@link #assign(long)}, comparing with the articles with ids under {@code below} only. */
    private void assign(long id, long below) {
        synchronized (store) {
            store.inOneTransaction(() -> {
                Map<Long, Double> similar = neighbourhood(id, below);
                similar.remove(id);
                link(id, similar, below == Long.MAX_VALUE, // a rebuild draws each list once, in order
                        store.currentTermStats().docs());
                return null;
            });
        }
    }

    /**
     * The slow half of placing an article that is about to be saved: its likely neighbours
     * among the articles committed so far, found and scored through the store's side
     * connection, taking none of the store's locks. Run it on the extracting thread, then pass
     * the result to {@link #place} once the article is saved. Null when the article has no terms.
     */
    public Probe probe(StoredTerms terms, String published) {
        if (terms == null) {
            return null;
        }
        int own = PublishedDay.of(published);
        RelatedStories.Probe found = related.probe(terms, SEARCH, own, Stories::timeWeight);
        return new Probe(found, own, terms.posted());
    }

    /** An article's likely neighbours, found before it was saved (see {@link #probe}). */
    public static final class Probe {
        final RelatedStories.Probe found;
        /** The article's published day (see {@link TermVector#day}). */
        final int day;
        final int[] posted;

        Probe(RelatedStories.Probe found, int day, int[] posted) {
            this.found = found;
            this.day = day;
            this.posted = posted;
        }
    }

    /**
     * Places the article {@code id}, just saved, in its story with what {@link #probe} found
     * before the save; call inside the save's transaction. Only the articles saved since the
     * probe read the library are compared here (from memory, those the probe's search would
     * have ranked: sharing the new article's most telling terms with at least the votes of the
     * last candidate it ranked, a looser test than the comparing, which may stop sooner), so two
     * reports of one event saved at the same moment still meet. A probe weighed in a library
     * under half today's (a young library filling fast, whose term weights still move) is made
     * again here, under the lock, as {@link #assign} does.
     */
    public void place(long id, Probe probe) {
        synchronized (store) {
            store.inOneTransaction(() -> {
                // Read once: the saves of this transaction are in it, and folding changes no article count.
                TermStats stats = store.currentTermStats();
                Map<Long, Double> similar = probe == null ? null : withRecent(id, probe, stats.docs());
                if (similar == null) {
                    similar = neighbourhood(id, Long.MAX_VALUE);
                } else {
                    recent.add(id, new RecentArticles.Recent(probe.found.query().as(id), probe.posted, probe.day));
                    foldNow(stats);
                }
                similar.remove(id);
                link(id, similar, true, stats.docs());
                return null;
            });
        }
    }

    /**
     * Folds new articles' terms into the document frequencies once they are a twentieth of the
     * library, as a lookup under the lock does (see {@link RelatedStories}): probes read the
     * frequencies as folded, and a young library's change fast.
     */
    private void foldNow(TermStats stats) {
        if (stats.uncounted() > stats.docs() / 20) {
            store.foldTermCounts();
        }
    }

    /**
     * The probe's neighbours and those among the articles saved since it ran, in a library of
     * {@code docs} articles; null when too many were saved since.
     */
    private Map<Long, Double> withRecent(long id, Probe probe, int docs) {
        RelatedStories.Probe found = probe.found;
        if (found.weights().docs() * 2L < docs) {
            return null; // weighed in a library under half today's: a young one, where weights move fast
        }
        List<Long> since = db.indexedAfter(found.snapshot(), MAX_RECENT + 2);
        since.remove(id);
        if (since.size() > MAX_RECENT) {
            return null;
        }
        List<Long> missing = new ArrayList<>();
        for (long other : since) {
            if (!recent.contains(other)) {
                missing.add(other);
            }
        }
        // One read: the vectors (and days) of the recent articles not in memory, and which of the
        // probe's are still there (their vectors mostly come from the cache, unpacked by the probe).
        Set<Long> wanted = new HashSet<>(found.similarity().keySet());
        wanted.addAll(missing);
        Map<Long, TermVector> there = new HashMap<>();
        for (TermVector v : wanted.isEmpty() ? List.<TermVector>of() : store.termVectors(wanted)) {
            there.put(v.articleId(), v);
        }
        for (long other : missing) { // oldest first, as they were saved
            TermVector v = there.get(other);
            if (v != null) {
                recent.add(other, new RecentArticles.Recent(found.weights().weigh(v), posted(v), v.day()));
            }
        }
        Map<Long, Double> similar = new HashMap<>(found.similarity());
        similar.keySet().retainAll(there.keySet()); // deleted since the probe, or waiting to be indexed again after its body was replaced
        // Compared only when the search would have ranked them: sharing one of its most telling
        // terms, with at least the votes of the last candidate it ranked (a bulk save places
        // each article after hundreds saved since its probe, and most share a term or two).
        for (long other : since) {
            RecentArticles.Recent r = recent.get(other);
            double votes = r == null ? 0 : found.votes(r.posted()); // none: saved since, and already gone from memory
            if (votes == 0 || votes < found.weakest()) {
                continue;
            }
            double s = RelatedStories.cosine(found.query(), found.lookup(), r.vector()) * timeWeight(probe.day, r.day());
            if (s >= FLOOR) {
                similar.put(other, s);
            }
        }
        return similar;
    }

    /** Articles saved since a probe that are compared without probing again, at most. */
    static final int MAX_RECENT = 4096;

    /**
     * Recent articles kept in memory (about 9 KB each): more than a bulk save stores while
     * others are being extracted; older ones are read back from the store when needed.
     */
    static final int RECENT_KEPT = 1024;

    /** The articles placed lately; guarded by the store's lock. */
    private final RecentArticles recent = new RecentArticles(RECENT_KEPT);

    private static int[] posted(TermVector v) {
        int n = 0;
        int[] out = new int[v.size()];
        for (int i = 0; i < v.size(); i++) {
            if ((v.flags()[i] & TermCount.POSTED) != 0) {
                out[n++] = v.termIds()[i];
            }
        }
        return java.util.Arrays.copyOf(out, n); // ascending, as the vector's terms are
    }

    /**
     * Gives article {@code id} the neighbour list {@code similar} holds, puts it into the lists
     * of those it beats, and redraws the stories around them.
     */
    private void link(long id, Map<Long, Double> similar, boolean repair, int docs) {
        db.setNeighbours(id, best(similar, List.of()));
        Set<Long> changed = new HashSet<>();
        changed.add(id);
        enter(id, similar, changed);
        if (docs > REPAIR_UNTIL) {
            drawnAt.clear();
        } else {
            drawnAt.put(id, docs);
            for (long other : repair ? similar.keySet() : Set.<Long>of()) {
                Integer at = drawnAt.get(other);
                if (at != null && at * REPAIR_GROWTH < docs) {
                    // Drawn when the library was much smaller: its weights then said little.
                    Map<Long, Double> again = neighbourhood(other, Long.MAX_VALUE);
                    again.remove(other);
                    db.setNeighbours(other, best(again, List.of()));
                    drawnAt.put(other, docs);
                    changed.add(other);
                    enter(other, again, changed);
                }
            }
        }
        redraw(changed);
    }

    /** Puts {@code id} into the lists of those of {@code similar} it beats (a stale entry of it aside). */
    private void enter(long id, Map<Long, Double> similar, Set<Long> changed) {
        Map<Long, List<Neighbour>> lists = db.neighbours(similar.keySet());
        for (Map.Entry<Long, Double> e : similar.entrySet()) {
            List<Neighbour> list = new ArrayList<>(lists.getOrDefault(e.getKey(), List.of()));
            list.removeIf(n -> n.id() == id);
            if (list.size() < NEIGHBOURS || e.getValue() > weakest(list)) {
                db.setNeighbours(e.getKey(), best(Map.of(id, e.getValue()), list));
                changed.add(e.getKey());
            }
        }
    }

    /**
     * While the library is young ({@value #REPAIR_UNTIL} articles or fewer) its term weights
     * still move: an article whose list was drawn when the library was a 1/{@value #REPAIR_GROWTH}
     * of today's or smaller is drawn again from every article when a new one lands near it, so
     * that the lists around a story do not keep the weights of its first hours. Without it the
     * stories of one import depend on the order of saving much more (see README, Stories).
     */
    static final int REPAIR_UNTIL = 2048;
    static final double REPAIR_GROWTH = 1.25;
    /** The library's size when each article's list was last drawn from every article; young libraries, this process. */
    private final Map<Long, Integer> drawnAt = new HashMap<>();

    /**
     * Deletes an article through {@code delete} (which returns what it deleted) and mends the
     * stories: the lists that held it are refilled and its story is redrawn, split if it only
     * held together through this article.
     */
    public <T> T delete(long id, java.util.function.Supplier<T> delete) {
        synchronized (store) {
            return store.inOneTransaction(() -> {
                List<Long> listing = db.listing(List.of(id));
                Long story = db.storyOf(List.of(id)).get(id);
                Set<Long> region = new HashSet<>(listing);
                if (story != null) {
                    region.addAll(db.articlesOf(List.of(story)));
                }
                T deleted = delete.get();
                region.remove(id);
                for (long other : listing) {
                    if (other != id) {
                        // Refilled from every article, as a rebuild would see it.
                        db.setNeighbours(other, best(neighbourhood(other, Long.MAX_VALUE), List.of()));
                    }
                }
                redraw(region);
                return deleted;
            });
        }
    }

    /** Places the articles saved before stories existed (or while they failed), oldest first. */
    public int assignPending() {
        int done = 0;
        while (true) {
            List<Long> ids = db.unassigned(BATCH);
            if (ids.isEmpty()) {
                return done;
            }
            synchronized (store) {
                store.inOneTransaction(() -> {
                    ids.forEach(id -> assign(id, id));
                    return null;
                });
            }
            done += ids.size();
        }
    }

    /**
     * Draws every story again: each article, oldest first, is assigned as if saved in that order
     * against the articles before it, so a rebuild gives what saving in id order gives with
     * today's term weights. Returns how many articles it placed.
     */
    public int rebuild() {
        synchronized (store) {
            db.clear();
            return assignPending();
        }
    }

    /**
     * The neighbours of {@code id} among the articles with ids under {@code below}, similarity
     * time-weighted (the days from the vectors: the article's own and the candidates').
     */
    private Map<Long, Double> neighbourhood(long id, long below) {
        return new HashMap<>(related.neighbourhood(id, SEARCH, below, Stories::timeWeight));
    }

    /**
     * 1 for articles published within {@value #SAME_DAYS} days of each other (or either day
     * unknown, {@link TermVector#NO_DAY}), then falling with the distance: a report a year later
     * is another event. Days are epoch days ({@link PublishedDay}).
     */
    static double timeWeight(int a, int b) {
        if (a == TermVector.NO_DAY || b == TermVector.NO_DAY) {
            return 1;
        }
        long days = Math.abs((long) a - b);
        return days <= SAME_DAYS ? 1 : (double) SAME_DAYS / days;
    }

    private static double weakest(List<Neighbour> list) {
        double min = Double.MAX_VALUE;
        for (Neighbour n : list) {
            min = Math.min(min, n.similarity());
        }
        return list.isEmpty() ? 0 : min;
    }

    /** The {@value #NEIGHBOURS} most similar of {@code list} and {@code more}, most similar first. */
    private static List<Neighbour> best(Map<Long, Double> more, List<Neighbour> list) {
        Map<Long, Double> all = new HashMap<>();
        for (Neighbour n : list) {
            all.put(n.id(), n.similarity());
        }
        all.putAll(more);
        List<Neighbour> sorted = new ArrayList<>();
        all.forEach((k, v) -> sorted.add(new Neighbour(k, v)));
        sorted.sort(Comparator.comparingDouble((Neighbour n) -> -n.similarity()).thenComparingLong(Neighbour::id));
        return sorted.subList(0, Math.min(NEIGHBOURS, sorted.size()));
    }

    /**
     * Redraws the stories around {@code changed} (articles whose lists changed, or which lost a
     * story-mate): a link can only appear or vanish at an article whose list changed, so only
     * their stories and their neighbours' stories are drawn again, as connected groups.
     */
    private void redraw(Collection<Long> changed) {
        Set<Long> region = new HashSet<>(changed);
        for (List<Neighbour> list : db.neighbours(changed).values()) {
            for (Neighbour n : list) {
                region.add(n.id());
            }
        }
        region.addAll(db.listing(changed));
        region.addAll(db.articlesOf(new HashSet<>(db.storyOf(region).values())));
        Map<Long, List<Neighbour>> lists = db.neighbours(region);
        Map<Long, Long> parent = new HashMap<>();
        for (long id : region) {
            parent.put(id, id);
        }
        for (long a : region) {
            for (Neighbour n : lists.getOrDefault(a, List.of())) {
                if (parent.containsKey(n.id()) && linked(a, n.id(), lists)) {
                    union(parent, a, n.id());
                }
            }
        }
        Map<Long, Long> storyOf = new HashMap<>();
        for (long id : region) {
            storyOf.put(id, find(parent, id));
        }
        db.setStories(storyOf);
    }

    /** True when the neighbourhoods of {@code a} and {@code b} agree enough to tell one story. */
    static boolean linked(long a, long b, Map<Long, List<Neighbour>> lists) {
        return overlap(a, lists.getOrDefault(a, List.of()), b, lists.getOrDefault(b, List.of())) >= LINK;
    }

    /**
     * Weighted Jaccard overlap of two neighbour lists, each holding its own article at 1: two
     * articles whose similarities are low (a young library's term weights, or a loose match)
     * need more shared neighbours to be linked than two close ones.
     */
    static double overlap(long a, List<Neighbour> listA, long b, List<Neighbour> listB) {
        Map<Long, Double> ra = withSelf(a, listA);
        Map<Long, Double> rb = withSelf(b, listB);
        double min = 0;
        double max = 0;
        Set<Long> keys = new HashSet<>(ra.keySet());
        keys.addAll(rb.keySet());
        for (long k : keys) {
            double x = ra.getOrDefault(k, 0.0);
            double y = rb.getOrDefault(k, 0.0);
            min += Math.min(x, y);
            max += Math.max(x, y);
        }
        return max == 0 ? 0 : min / max;
    }

    private static Map<Long, Double> withSelf(long id, List<Neighbour> list) {
        Map<Long, Double> row = new HashMap<>();
        for (Neighbour n : list) {
            row.put(n.id(), n.similarity());
        }
        row.put(id, 1.0);
        return row;
    }

    /** Union by smallest id: each group's root is its oldest article, the story's id. */
    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(x) != root) {
            long next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }
}
