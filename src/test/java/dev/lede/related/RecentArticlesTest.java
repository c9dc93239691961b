package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentArticlesTest {
    static RecentArticles.Recent recent(int... posted) {
        return new RecentArticles.Recent(new RelatedStories.Weighted(0, posted, new double[posted.length],
                new byte[posted.length], 0), posted, dev.lede.store.TermVector.NO_DAY);
    }

    @Test
    void theOldestGoWhenFull() {
        RecentArticles recent = new RecentArticles(2);
        recent.add(1, recent(10));
        recent.add(2, recent(10));
        recent.add(3, recent(10));
        assertFalse(recent.contains(1));
        assertNull(recent.get(1));
        assertTrue(recent.contains(2));
        assertTrue(recent.contains(3));
    }

    @Test
    void addingAnArticleAgainReplacesItAndMakesItTheNewest() {
        RecentArticles recent = new RecentArticles(2);
        recent.add(1, recent(10));
        recent.add(2, recent(10));
        recent.add(1, recent(20));
        recent.add(3, recent(30));
        assertArrayEquals(new int[] {20}, recent.get(1).posted());
        assertFalse(recent.contains(2), "the oldest arrival went");
    }
}
