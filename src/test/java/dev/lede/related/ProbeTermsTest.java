package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terms a search reads the postings of, and the votes an article gets from them. */
class ProbeTermsTest {
    static RelatedStories.Weighted vector(double... weights) {
        int[] ids = new int[weights.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 10 * i;
        }
        return new RelatedStories.Weighted(1, ids, weights, new byte[weights.length], 1);
    }

    @Test
    void topTermsAreTheHeaviestFirstTheEarlierOfEqualsFirst() {
        RelatedStories.Weighted v = vector(0.5, 2.0, 0.5, 3.0, 2.0, 0.1);
        assertArrayEquals(new int[] {3, 1, 4}, RelatedStories.topTerms(v, 3));
        assertArrayEquals(new int[] {3, 1, 4, 0, 2, 5}, RelatedStories.topTerms(v, 10));
        assertArrayEquals(new int[] {}, RelatedStories.topTerms(v, 0));
        assertArrayEquals(new int[] {}, RelatedStories.topTerms(vector(), 5));
    }

    @Test
    void anArticleVotesWithTheWeightsOfTheTopTermsItPosted() {
        RelatedStories.Probe probe = new RelatedStories.Probe(0, null, null, null, new int[] {-7, 3, 9, 40},
                new double[] {0.5, 1.0, 2.0, 4.0}, 1.5, Map.of());
        assertEquals(0.0, probe.votes(new int[] {}), 0.0);
        assertEquals(0.0, probe.votes(new int[] {1, 2, 10}), 0.0);
        assertEquals(4.5, probe.votes(new int[] {-7, 40, 41}), 0.0);
        assertEquals(7.5, probe.votes(new int[] {-9, -7, 3, 8, 9, 40}), 0.0);
    }
}
