package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTermsTest {
    @Test
    void packsTermsByHashWithCountsFlagsAndPostings() {
        List<TermCount> terms = List.of(
                new TermCount("ferry", 3, TermCount.POSTED),
                new TermCount("harbour", 1, TermCount.TITLE),
                new TermCount("oslo", 2, TermCount.ENTITY | TermCount.POSTED));
        StoredTerms stored = StoredTerms.of(terms);

        assertEquals(6, stored.length());
        TermVector v = TermVector.unpack(9, stored.length(), stored.packed());
        assertEquals(3, v.size());
        for (TermCount t : terms) {
            int at = java.util.Arrays.binarySearch(v.termIds(), TermCount.hash(t.term()));
            assertEquals(t.count(), v.counts()[at]);
            assertEquals(t.flags(), v.flags()[at]);
        }
        int[] posted = {TermCount.hash("ferry"), TermCount.hash("oslo")};
        java.util.Arrays.sort(posted);
        assertArrayEquals(posted, stored.posted());
    }

    @Test
    void termsWithTheSameHashBecomeOneWithCountsAddedAndFlagsJoined() {
        List<TermCount> terms = List.of(new TermCount("ferry", 3, TermCount.TITLE),
                new TermCount("ferries", 2, TermCount.POSTED));
        int shared = 12345;
        StoredTerms stored = StoredTerms.of(terms, new int[] {shared, shared});

        TermVector v = TermVector.unpack(1, stored.length(), stored.packed());
        assertArrayEquals(new int[] {shared}, v.termIds());
        assertArrayEquals(new int[] {5}, v.counts());
        assertEquals(TermCount.TITLE | TermCount.POSTED, v.flags()[0]);
        assertArrayEquals(new int[] {shared}, stored.posted());
    }

    @Test
    void noTermsPackToAnEmptyVector() {
        StoredTerms stored = StoredTerms.of(List.of());
        assertEquals(0, stored.length());
        assertEquals(0, stored.packed().length);
        assertEquals(0, stored.posted().length);
    }
}
