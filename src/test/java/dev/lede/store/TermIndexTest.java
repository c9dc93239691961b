package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Removing an article's vector, many times over with the statements kept, leaves the index as if it was never there. */
class TermIndexTest extends WithStore {
    /** Terms 1..n (each counted twice), the first two posted. */
    static StoredTerms terms(int n) {
        int[] hashes = new int[n];
        int[] counts = new int[n];
        int[] flags = new int[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = i + 1;
            counts[i] = 2;
            flags[i] = i < 2 ? TermCount.POSTED : 0;
        }
        return StoredTerms.of(hashes, counts, flags);
    }

    long save(int i, int terms) {
        String url = "https://example.com/" + i;
        return store.insert(StoreTest.article(url, "Story " + i, "words of story " + i, i), url, null, "example.com",
                terms(terms));
    }

    static Map<Integer, Integer> frequencies(int[][] all) {
        Map<Integer, Integer> df = new HashMap<>();
        for (int i = 0; i < all[0].length; i++) {
            df.put(all[0][i], all[1][i]);
        }
        return df;
    }

    @Test
    void deletingAndReindexingCountTheRemovedVectorsOutOfTotalsFrequenciesAndPostings() {
        long[] ids = new long[12];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = save(i, 3 + i % 3); // 3, 4 or 5 terms
        }
        store.foldTermCounts();
        for (int i = 0; i < 6; i++) {
            store.delete(ids[i]); // counted vectors: their terms leave the frequencies
        }
        long late = save(100, 5); // not counted yet when removed
        store.updateBody(late, "Story 100", "<p>other words</p>", "other words", 2);
        store.updateBody(ids[6], "Story 6", "<p>other words</p>", "other words", 2);
        // Left with vectors: ids[7..11] of 4, 5, 3, 4, 5 terms.
        TermStats stats = store.currentTermStats();
        assertEquals(5, stats.docs());
        assertEquals(2L * (4 + 5 + 3 + 4 + 5), stats.length(), "each term counted twice");
        assertEquals(0, stats.uncounted());
        Map<Integer, Integer> df = frequencies(store.documentFrequencies());
        assertEquals(5, df.get(1));
        assertEquals(5, df.get(3));
        assertEquals(4, df.get(4));
        assertEquals(2, df.get(5));
        assertArrayEquals(new long[] {ids[11], ids[10], ids[9], ids[8], ids[7]}, store.postings(1, 100));
        assertTrue(store.termVector(ids[6]).isEmpty());
        assertTrue(store.termVector(late).isEmpty());
        assertEquals(5, store.termVector(ids[8]).orElseThrow().size());
    }

    @Test
    void theArticlesSavedSinceAProbeAreListedCountedOrNot() {
        long[] ids = new long[6];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = save(i, 3);
        }
        store.foldTermCounts(); // all six counted
        long late = save(10, 3);
        long later = save(11, 4);
        StoryStore stories = new StoryStore(store);
        assertEquals(List.of(ids[4], ids[5], late, later), stories.indexedAfter(ids[3], 10));
        assertEquals(List.of(ids[4], ids[5]), stories.indexedAfter(ids[3], 2));
        assertEquals(List.of(), stories.indexedAfter(later, 10));
    }

    long saveDated(String url, String published, StoredTerms terms) {
        return store.insert(MigrationTest.published(url, published), url, null, "example.com", terms);
    }

    static int day(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    @Test
    void aSavedVectorCarriesItsArticlesPublishedDay() {
        long dated = saveDated("https://example.com/a", "2013-02-03T23:30:00-08:00", terms(4));
        long invalid = saveDated("https://example.com/b", "2013-02-30", terms(4));
        long undated = saveDated("https://example.com/c", null, terms(4));
        assertEquals(day(2013, 2, 3), store.termVector(dated).orElseThrow().day(), "the date as written, not in UTC");
        assertEquals(TermVector.NO_DAY, store.termVector(invalid).orElseThrow().day());
        assertEquals(TermVector.NO_DAY, store.termVector(undated).orElseThrow().day());
        Map<Long, Integer> days = new HashMap<>();
        store.termVectors(List.of(dated, invalid, undated)).forEach(v -> days.put(v.articleId(), v.day()));
        assertEquals(Map.of(dated, day(2013, 2, 3), invalid, TermVector.NO_DAY, undated, TermVector.NO_DAY), days);
        assertEquals(day(2013, 2, 3), new CommittedTerms(store).vectors(List.of(dated), d -> true).get(0).day());
    }

    @Test
    void aVectorReadCanLeaveOutTheDaysItIsNotAfter() {
        long dated = saveDated("https://example.com/a", "2013-02-03", terms(4));
        long later = saveDated("https://example.com/b", "2014-06-01", terms(5));
        long undated = saveDated("https://example.com/c", null, terms(6));
        java.util.function.IntPredicate before2014 = d -> d == TermVector.NO_DAY || d < day(2014, 1, 1);
        for (List<TermVector> read : List.of(store.termVectors(List.of(dated, later, undated), before2014),
                new CommittedTerms(store).vectors(List.of(dated, later, undated), before2014))) {
            assertEquals(java.util.Set.of(dated, undated),
                    read.stream().map(TermVector::articleId).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals(3, store.termVectors(List.of(dated, later, undated)).size()); // unfiltered, all
        assertEquals(5, store.termVectors(List.of(later), d -> true).get(0).size()); // and whole
    }

    @Test
    void aDateFilledInWhenAPendingPageIsFetchedReachesTheVector() {
        long id = saveDated("https://example.com/a", null, null); // imported before its page was fetched
        new PendingStore(store).complete(id, new PendingStore.Fetched("Ferry fares", null, null, null,
                "2014-04-01T08:00:00Z", null, null, null, null, "<p>Ferry fares rise.</p>", "Ferry fares rise.", 3));
        store.indexTerms(id, terms(4));
        assertEquals(day(2014, 4, 1), store.termVector(id).orElseThrow().day());
    }

    /**
     * Lede never changes a published date once a vector is stored (a fetched page's date is
     * filled in while its vector waits to be indexed again: see the test above), but another
     * tool may: the trigger follows, and the cached vector is not used with its old day.
     */
    @Test
    void aPublishedDateChangedElsewhereChangesTheDayBesideTheVector() throws Exception {
        long id = saveDated("https://example.com/a", "2013-02-03", terms(4));
        assertEquals(day(2013, 2, 3), store.termVector(id).orElseThrow().day()); // now cached
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lede.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE articles SET published = '2015-06-07T01:00:00Z' WHERE id = " + id);
        }
        assertEquals(day(2015, 6, 7), store.termVector(id).orElseThrow().day());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lede.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE articles SET published = 'yesterday' WHERE id = " + id);
        }
        assertEquals(TermVector.NO_DAY, store.termVector(id).orElseThrow().day());
    }
}
