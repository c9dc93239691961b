package dev.lede.related;

import dev.lede.store.Store;
import dev.lede.store.StoryStore;
import dev.lede.store.StoryStore.Neighbour;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
 * <p>Saving an article computes its list from the usual candidates and puts it into the lists of
 * those it beats, then redraws only the stories those articles touch: stories merge when a new
 * article links two, and split when a list loses a link. Deleting refills the lists that held
 * the article and redraws the same way. The result depends on the order of saving only through
 * the term weights (document frequencies as of each save) and through which candidates the
 * postings offer: see {@link #rebuild}.
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
    /** Lookup sizes: cheaper than a related-stories lookup, which reads 30 terms' postings. */
    static final int QUERY_TERMS = 30;
    static final int POSTINGS_PER_TERM = 300;
    static final int CANDIDATES = 100;
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
    private synchronized void assign(long id, long below) {
        synchronized (store) {
            store.inOneTransaction(() -> {
                Map<Long, Double> similar = neighbourhood(id, below);
                db.setNeighbours(id, best(similar, List.of()));
                Set<Long> changed = new HashSet<>();
                changed.add(id);
                Map<Long, List<Neighbour>> lists = db.neighbours(similar.keySet());
                for (Map.Entry<Long, Double> e : similar.entrySet()) {
                    List<Neighbour> list = lists.getOrDefault(e.getKey(), List.of());
                    if (list.size() < NEIGHBOURS || e.getValue() > weakest(list)) {
                        db.setNeighbours(e.getKey(), best(Map.of(id, e.getValue()), list));
                        changed.add(e.getKey());
                    }
                }
                redraw(changed);
                return null;
            });
        }
    }

    /**
     * Deletes an article through {@code delete} (which returns what it deleted) and mends the
     * stories: the lists that held it are refilled and its story is redrawn, split if it only
     * held together through this article.
     */
    public synchronized <T> T delete(long id, java.util.function.Supplier<T> delete) {
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
    public synchronized int assignPending() {
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
    public synchronized int rebuild() {
        db.clear();
        return assignPending();
    }

    /** The neighbours of {@code id} among the articles with ids under {@code below}, similarity time-weighted. */
    private Map<Long, Double> neighbourhood(long id, long below) {
        Map<Long, Double> cosine = related.neighbourhood(id, QUERY_TERMS, POSTINGS_PER_TERM, CANDIDATES, below);
        if (cosine.isEmpty()) {
            return cosine;
        }
        List<Long> ids = new ArrayList<>(cosine.keySet());
        ids.add(id);
        Map<Long, String> published = db.published(ids);
        LocalDate own = day(published.get(id));
        Map<Long, Double> similar = new HashMap<>();
        for (Map.Entry<Long, Double> e : cosine.entrySet()) {
            double s = e.getValue() * timeWeight(own, day(published.get(e.getKey())));
            if (s >= FLOOR) {
                similar.put(e.getKey(), s);
            }
        }
        return similar;
    }

    /**
     * 1 for articles published within {@value #SAME_DAYS} days of each other (or either date
     * unknown), then falling with the distance: a report a year later is another event.
     */
    static double timeWeight(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 1;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a, b));
        return days <= SAME_DAYS ? 1 : (double) SAME_DAYS / days;
    }

    /** The day of a stored published date (ISO 8601, date first), or null. */
    static LocalDate day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
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
