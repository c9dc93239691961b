package dev.lede.store;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The related-stories index as last committed, read through the store's side connection:
 * what story placement reads on the extracting threads while another thread holds the write
 * lock to save. Every read is its own snapshot; an article saved after {@link #maxIndexed}
 * was read may or may not show in a later read, which the placing step allows for.
 */
public final class CommittedTerms {
    private final Store store;

    public CommittedTerms(Store store) {
        this.store = store;
    }

    /**
     * The largest id of an article with terms, as committed. Ids only grow as articles are
     * saved (one writer at a time), so every article with terms and a smaller id is committed
     * too and shows in the reads that follow.
     */
    public long maxIndexed() {
        return store.sideQuery(c -> {
            try (ResultSet rs = store.sideStatements().get("SELECT coalesce(max(article_id), 0) FROM related_vectors")
                    .executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** As {@link Store#postings(int, int)}: the newest {@code limit} committed articles that posted {@code hash}. */
    public long[] postings(int hash, int limit) {
        return store.sideQuery(c -> TermIndex.postings(store.sideStatements(), hash, limit, Long.MAX_VALUE));
    }

    /**
     * As {@link #postings(int, int)} for each of {@code hashes}, in one read: for terms of at most
     * {@code limit} postings as last counted (all their blocks are read). Each term has an
     * entry, maybe empty.
     */
    public Map<Integer, long[]> postings(int[] hashes, int limit) {
        if (hashes.length == 0) {
            return Map.of();
        }
        return store.sideQuery(c -> PostingBlocks.newest(store.sideStatements(), hashes, limit, Long.MAX_VALUE));
    }

    /**
     * As {@link Store#termVectors(Collection, java.util.function.IntPredicate)} (each with its
     * article's published day, those {@code days} refuses left out, their terms neither copied
     * nor unpacked), committed ones only.
     */
    public List<TermVector> vectors(Collection<Long> ids, java.util.function.IntPredicate days) {
        return ids.isEmpty() ? List.of()
                : store.sideQuery(c -> TermIndex.vectors(store.sideStatements(), store.vectorCache(), ids, days));
    }

    /** Every term's document frequency as last folded and committed (see {@link Store#documentFrequencies()}). */
    public int[][] documentFrequencies() {
        return store.sideQuery(TermIndex::documentFrequencies);
    }
}
