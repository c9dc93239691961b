package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import dev.lede.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {
    @TempDir
    Path dir;

    static TermVector vector(long id, int... ids) {
        int[] counts = new int[ids.length];
        java.util.Arrays.fill(counts, 1);
        return new TermVector(id, ids.length, ids, counts, new byte[ids.length]);
    }

    @Test
    void aHitNeedsTheSameLength() {
        VectorCache cache = new VectorCache();
        TermVector v = vector(7, 1, 2, 3);
        cache.put(v, cache.generation());
        assertSame(v, cache.get(7, 3, TermVector.NO_DAY));
        assertNull(cache.get(7, 4, TermVector.NO_DAY)); // rewritten elsewhere: another length
        assertNull(cache.get(8, 3, TermVector.NO_DAY));
    }

    @Test
    void aHitNeedsTheSameDay() {
        VectorCache cache = new VectorCache();
        TermVector v = new TermVector(7, 2, new int[] {1, 2}, new int[] {1, 1}, new byte[2], 19_000);
        cache.put(v, cache.generation());
        assertSame(v, cache.get(7, 2, 19_000));
        assertNull(cache.get(7, 2, 19_001)); // its published date changed since
        assertNull(cache.get(7, 2, TermVector.NO_DAY));
    }

    @Test
    void aReadThatMetAForgetDoesNotKeepWhatItRead() {
        VectorCache cache = new VectorCache();
        long since = cache.generation();
        cache.forget(7); // a write replaced article 7's vector while the read ran
        cache.put(vector(7, 1, 2), since);
        assertNull(cache.get(7, 2, TermVector.NO_DAY));
    }

    @Test
    void aCommitForgetsAgainWhatItsTransactionReplaced() {
        VectorCache cache = new VectorCache();
        cache.forget(7);
        // The side connection, still seeing the old vector, reads it after the forget: it is
        // not kept (the transaction's own reads would meet it), neither before nor after the commit.
        cache.put(vector(7, 1, 2), cache.generation());
        assertEquals(0, cache.size());
        assertNull(cache.get(7, 2, TermVector.NO_DAY));
        cache.committed();
        assertNull(cache.get(7, 2, TermVector.NO_DAY));
    }

    @Test
    void holdsAtMostItsTermsLeastRecentlyUsedGoingFirst() {
        VectorCache cache = new VectorCache();
        cache.setMaxTerms(5);
        cache.put(vector(1, 1, 2), cache.generation());
        cache.put(vector(2, 1, 2), cache.generation());
        cache.get(1, 2, TermVector.NO_DAY); // used: 2 is now the least recent
        cache.put(vector(3, 1, 2), cache.generation());
        assertEquals(2, cache.size());
        assertNull(cache.get(2, 2, TermVector.NO_DAY));
        assertEquals(1, cache.get(1, 2, TermVector.NO_DAY).articleId());
        assertEquals(3, cache.get(3, 2, TermVector.NO_DAY).articleId());
    }

    @Test
    void theStoreReadsAVectorWrittenAgainAsWritten() {
        try (Store store = Store.open(dir.resolve("lede.db"))) {
            Article article = new Article(0, "https://example.com/a", null, "Tram works", null, null, null, null,
                    Instant.ofEpochSecond(100), 3, null, null, "<p>Tram works close</p>", "Tram works close",
                    false, false, 0, List.of());
            StoredTerms first = StoredTerms.of(List.of(new TermCount("tram", 2, TermCount.POSTED)));
            long id = store.insert(article, "https://example.com/a", null, "example.com", first);
            assertEquals(2, store.termVectors(List.of(id)).get(0).length()); // read once: now held
            // The same length (which alone would not tell the vectors apart), other terms.
            StoredTerms second = StoredTerms.of(List.of(new TermCount("tram", 1, TermCount.POSTED),
                    new TermCount("bridge", 1, 0)));
            store.indexTerms(id, second);
            TermVector again = store.termVectors(List.of(id)).get(0);
            assertEquals(2, again.length());
            assertArrayEquals(second.vector().termIds(), again.termIds());
            assertEquals(again, store.termVector(id).orElseThrow());
            store.delete(id);
            assertEquals(List.of(), store.termVectors(List.of(id)));
        }
    }

    @Test
    void aVectorAnotherProcessWroteAgainIsReadAsWritten() {
        Path file = dir.resolve("shared.db");
        try (Store mine = Store.open(file); Store theirs = Store.open(file)) {
            Article article = new Article(0, "https://example.com/a", null, "Tram works", null, null, null, null,
                    Instant.ofEpochSecond(100), 3, null, null, "<p>Tram works close</p>", "Tram works close",
                    false, false, 0, List.of());
            StoredTerms first = StoredTerms.of(List.of(new TermCount("tram", 2, TermCount.POSTED)));
            long id = mine.insert(article, "https://example.com/a", null, "example.com", first);
            assertEquals(2, mine.termVectors(List.of(id)).get(0).length()); // now held by mine
            StoredTerms second = StoredTerms.of(List.of(new TermCount("tram", 1, TermCount.POSTED),
                    new TermCount("bridge", 1, 0)));
            theirs.indexTerms(id, second); // same length, other terms, in the other store
            mine.setRead(id, true); // any transaction of mine sees that another wrote meanwhile
            assertArrayEquals(second.vector().termIds(), mine.termVectors(List.of(id)).get(0).termIds());
        }
    }
}
