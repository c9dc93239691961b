package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentArticlesTest {
    static RecentArticles.Recent recent(int... posted) {
        return new RecentArticles.Recent(new RelatedStories.Weighted(0, posted, new double[posted.length],
                new byte[posted.length], 0), posted, null);
    }

    @Test
    void sharingKeepsTheOrderAskedAndOnlyThoseThatPostedATerm() {
        RecentArticles recent = new RecentArticles(10);
        recent.add(1, recent(10, 20));
        recent.add(2, recent(30));
        recent.add(3, recent(-5, 20));
        assertEquals(List.of(3L, 1L), recent.sharing(new int[] {20, 99}, List.of(3L, 2L, 1L, 4L)));
        assertEquals(List.of(2L), recent.sharing(new int[] {30}, List.of(1L, 2L, 3L)));
        assertEquals(List.of(), recent.sharing(new int[] {20}, List.of(2L)));
    }

    @Test
    void theOldestGoOutOfTheIndexToo() {
        RecentArticles recent = new RecentArticles(2);
        recent.add(1, recent(10));
        recent.add(2, recent(10));
        recent.add(3, recent(10));
        assertFalse(recent.contains(1));
        assertTrue(recent.contains(3));
        assertEquals(List.of(2L, 3L), recent.sharing(new int[] {10}, List.of(1L, 2L, 3L)));
    }

    @Test
    void addingAnArticleAgainReplacesItsTerms() {
        RecentArticles recent = new RecentArticles(5);
        recent.add(1, recent(10));
        recent.add(1, recent(20));
        assertEquals(List.of(), recent.sharing(new int[] {10}, List.of(1L)));
        assertEquals(List.of(1L), recent.sharing(new int[] {20}, List.of(1L)));
    }
}
