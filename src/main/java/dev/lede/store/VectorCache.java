package dev.lede.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Term vectors already unpacked, by article id: placing an article in its story compares it
 * with about a hundred candidates, mostly articles that were candidates of the articles saved
 * just before, and unpacking their bit-packed vectors was a quarter of a bulk import's time.
 *
 * <p>Bounded by the terms it holds (least recently used go first). This process's writes
 * forget the vectors they replace or delete, once when written and again when committed (a
 * read of the side connection may have seen the old one meanwhile); a read only keeps what
 * it unpacked when nothing was forgotten since it began ({@link #generation}). A rolled-back
 * transaction forgets everything (it may have read vectors it wrote). Another process's
 * writes are caught by {@code Store.forgetVectorsIfChangedElsewhere} (SQLite's data version,
 * asked at each transaction), and a hit must match the vector's length (the sum of its
 * counts) and its published day (which a trigger changes when an article's published date
 * does). Thread-safe.
 */
final class VectorCache {
    /** Terms held at most: about 9 bytes each, so 10 MB, some 2,000 articles of 500 terms. */
    static final int DEFAULT_TERMS = 1 << 20;
    /** For a bulk save (see {@link Store#prepareForBulkWrites}): 36 MB. */
    static final int BULK_TERMS = 1 << 22;

    private int maxTerms = DEFAULT_TERMS;
    private long terms;
    /** Changes whenever a vector is forgotten. */
    private long generation;
    /** Ids forgotten in the transaction under way, forgotten again when it commits. */
    private final java.util.Set<Long> uncommitted = new java.util.HashSet<>();
    /** In the order of use, least recent first. */
    private final Map<Long, TermVector> vectors = new LinkedHashMap<>(1024, 0.75f, true);

    /** The vector of {@code articleId} when held with that {@code length} and {@code day}, or null. */
    synchronized TermVector get(long articleId, int length, int day) {
        TermVector v = vectors.get(articleId);
        return v != null && v.length() == length && v.day() == day ? v : null;
    }

    /** Call before a read whose vectors are then {@link #put}. */
    synchronized long generation() {
        return generation;
    }

    /** Keeps {@code v}, read by a read that began at {@code since} (see {@link #generation}). */
    synchronized void put(TermVector v, long since) {
        if (since != generation || uncommitted.contains(v.articleId())) {
            // something was forgotten meanwhile, or v's article changes in the transaction
            // under way: v may be what it replaced
            return;
        }
        TermVector old = vectors.put(v.articleId(), v);
        terms += v.size() - (old == null ? 0 : old.size());
        var eldest = vectors.entrySet().iterator();
        while (terms > maxTerms && eldest.hasNext()) {
            TermVector e = eldest.next().getValue();
            if (e == v) {
                break;
            }
            terms -= e.size();
            eldest.remove();
        }
    }

    /** Forgets the vector of {@code articleId}: it is being replaced or deleted. */
    synchronized void forget(long articleId) {
        drop(articleId);
        uncommitted.add(articleId);
    }

    /** The transaction that forgot vectors committed: what other readers read until now is stale. */
    synchronized void committed() {
        if (!uncommitted.isEmpty()) {
            uncommitted.forEach(this::drop);
            uncommitted.clear();
        }
    }

    /**
     * Drops what is held for {@code articleId}, an article that had no vector (one saved just
     * now): no read can have met an older vector of it in this process, but another process
     * may have used the id before.
     */
    synchronized void discard(long articleId) {
        TermVector old = vectors.remove(articleId);
        if (old != null) {
            terms -= old.size();
        }
    }

    private void drop(long articleId) {
        generation++;
        discard(articleId);
    }

    synchronized void clear() {
        generation++;
        vectors.clear();
        uncommitted.clear();
        terms = 0;
    }

    synchronized void setMaxTerms(int max) {
        maxTerms = max;
        if (terms > maxTerms) {
            clear();
        }
    }

    synchronized int size() {
        return vectors.size();
    }
}
