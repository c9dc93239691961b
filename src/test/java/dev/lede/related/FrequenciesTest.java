package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.store.TermCount;
import dev.lede.store.TermVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FrequenciesTest {
    /** A vector of {@code n} distinct terms drawn from a vocabulary of 2,000, counts and flags mixed. */
    static TermVector vector(Random random, long id, int n) {
        TreeMap<Integer, Integer> terms = new TreeMap<>();
        while (terms.size() < n) {
            terms.put((random.nextInt(2000) - 1000) * 2_654_435, 1 + (random.nextInt(5) == 0 ? random.nextInt(6) : 0));
        }
        int[] ids = terms.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] counts = terms.values().stream().mapToInt(Integer::intValue).toArray();
        byte[] flags = new byte[ids.length];
        int length = 0;
        for (int i = 0; i < ids.length; i++) {
            flags[i] = (byte) (random.nextInt(4) == 0 ? TermCount.ENTITY : 0);
            length += counts[i];
        }
        return new TermVector(id, length, ids, counts, flags);
    }

    /** Document frequencies of 1,500 of the 2,000 words; the rest are unknown. */
    static Map<Integer, Integer> df(Random random, int docs) {
        Map<Integer, Integer> df = new HashMap<>();
        for (int i = 0; i < 1500; i++) {
            df.put((i - 1000) * 2_654_435, 1 + random.nextInt(docs + 50)); // some above docs: capped
        }
        return df;
    }

    static Frequencies frequencies(Map<Integer, Integer> df, int docs) {
        int[] hashes = df.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] counts = new int[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            counts[i] = df.get(hashes[i]);
        }
        return new Frequencies(hashes, counts, docs, 300, docs);
    }

    static Frequencies frequencies(Random random, int docs) {
        return frequencies(df(random, docs), docs);
    }

    @Test
    void weighsEachTermByBm25UnknownTermsAsIfOneArticleHadThem() {
        Random random = new Random(3);
        Map<Integer, Integer> df = df(random, 500);
        Frequencies f = frequencies(df, 500);
        TermVector v = vector(random, 1, 300);
        RelatedStories.Weighted w = f.weigh(v);
        double sum = 0;
        for (int i = 0; i < v.size(); i++) {
            int known = Math.min(500, Math.max(1, df.getOrDefault(v.termIds()[i], 1)));
            // BM25 written out: saturated count, idf, and the boost of names and numbers
            int count = v.counts()[i];
            double lengthNorm = RelatedStories.K1 * (1 - RelatedStories.B + RelatedStories.B * v.length() / 300.0);
            double idf = Math.log(1 + (500 - known + 0.5) / (known + 0.5));
            double boost = (v.flags()[i] & TermCount.ENTITY) != 0 ? RelatedStories.ENTITY_BOOST : 1.0;
            double expected = count * (RelatedStories.K1 + 1) / (count + lengthNorm) * idf * boost;
            assertEquals(expected, w.weights()[i], 0.0);
            sum += expected * expected;
        }
        assertEquals(Math.sqrt(sum), w.norm(), 0.0);
    }

    @Test
    void givesEachTermsFrequencyAsLoadedAndZeroForOthers() {
        Random random = new Random(4);
        Map<Integer, Integer> df = df(random, 500);
        Frequencies f = frequencies(df, 500);
        df.forEach((hash, n) -> assertEquals(n, f.df(hash)));
        assertEquals(0, f.df(7)); // not a multiple of the vocabulary's step
        assertEquals(0, f.df(-1000 * 2_654_435 + 1));
    }

    @Test
    void cosineEqualsTheCosineOfBothVectorsWeighedToTheLastBit() {
        Random random = new Random(5);
        Frequencies f = frequencies(random, 800);
        TermVector query = vector(random, 0, 400);
        Frequencies.Query prepared = f.query(query);
        assertArrayEquals(f.weigh(query).weights(), prepared.vector().weights(), 0.0); // as weighing alone
        assertEquals(f.weigh(query).norm(), prepared.vector().norm(), 0.0);
        for (int k = 1; k <= 50; k++) {
            TermVector v = vector(random, k, 50 + random.nextInt(600));
            double expected = RelatedStories.cosine(f.weigh(query), f.weigh(v));
            assertEquals(expected, f.cosine(prepared, v, 0), 0.0);
            assertEquals(expected, f.cosine(prepared, v, 0), 0.0); // the norm now remembered
            assertEquals(expected, RelatedStories.cosine(f.weigh(query), new TermLookup(query.termIds()), f.weigh(v)),
                    0.0);
        }
    }

    @Test
    void anArticleStoredAgainWithTheSameLengthIsWeighedAgain() {
        Random random = new Random(9);
        Frequencies f = frequencies(random, 800);
        Frequencies.Query prepared = f.query(vector(random, 0, 300));
        TermVector before = vector(random, 42, 200);
        assertEquals(RelatedStories.cosine(prepared.vector(), f.weigh(before)), f.cosine(prepared, before, 0), 0.0);
        // Re-extracted: one term swapped for another of the same count, so the same length.
        int[] ids = before.termIds().clone();
        int swapped = ids.length / 2;
        int replacement = ids[swapped] + 1; // off the vocabulary's step: a term no other vector has
        java.util.TreeMap<Integer, Integer> at = new java.util.TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            at.put(i == swapped ? replacement : ids[i], i);
        }
        int[] newIds = new int[ids.length];
        int[] counts = new int[ids.length];
        byte[] flags = new byte[ids.length];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : at.entrySet()) {
            newIds[k] = e.getKey();
            counts[k] = before.counts()[e.getValue()];
            flags[k++] = before.flags()[e.getValue()];
        }
        TermVector after = new TermVector(42, before.length(), newIds, counts, flags);
        double expected = RelatedStories.cosine(prepared.vector(), f.weigh(after));
        assertNotEquals(RelatedStories.cosine(prepared.vector(), f.weigh(before)), expected);
        assertEquals(expected, f.cosine(prepared, after, 0), 0.0); // not the first vector's norm
    }

    @Test
    void aCosineSurelyUnderTheFloorIsNaNAndEveryOtherIsExact() {
        Random random = new Random(6);
        Frequencies f = frequencies(random, 800);
        TermVector query = vector(random, 0, 400);
        List<TermVector> others = new ArrayList<>();
        for (int k = 1; k <= 200; k++) {
            others.add(posting(random, vector(random, k, 50 + random.nextInt(600))));
        }
        double[] exact = others.stream().mapToDouble(v -> RelatedStories.cosine(f.weigh(query), f.weigh(v)))
                .sorted().toArray();
        double floor = exact[exact.length / 2];
        Frequencies.Query prepared = f.query(query); // no norm known yet: each comparison is bounded first
        int under = 0;
        for (TermVector v : others) {
            double expected = RelatedStories.cosine(f.weigh(query), f.weigh(v));
            double found = f.cosine(prepared, v, floor);
            if (Double.isNaN(found)) {
                assertTrue(expected < floor, "left out at " + expected);
                under++;
            } else {
                assertEquals(expected, found, 0.0);
            }
        }
        assertTrue(under > 20, "the bound left out only " + under + " of 100 under the floor");
    }

    @Test
    void aCosineRightAtTheFloorIsKeptWhenEveryTermCountsInTheBound() {
        Random random = new Random(7);
        Frequencies weights = frequencies(random, 800);
        TermVector query = vector(random, 0, 400);
        for (int k = 1; k <= 300; k++) {
            TermVector v = vector(random, k, 20 + random.nextInt(200));
            byte[] flags = v.flags().clone();
            for (int i = 0; i < flags.length; i++) {
                flags[i] |= TermCount.POSTED; // the bound then holds the whole norm: it equals the cosine
            }
            TermVector posted = new TermVector(k, v.length(), v.termIds(), v.counts(), flags);
            Frequencies f = frequencies(new Random(7), 800); // no norm known: bounded first
            double exact = RelatedStories.cosine(weights.weigh(query), weights.weigh(posted));
            assertEquals(exact, f.cosine(f.query(query), posted, exact), 0.0, "vector " + k);
        }
    }

    /** {@code v} with one term in eight marked as posted, as saving marks its most telling. */
    private static TermVector posting(Random random, TermVector v) {
        byte[] flags = v.flags().clone();
        for (int i = 0; i < flags.length; i++) {
            if (random.nextInt(8) == 0) {
                flags[i] |= TermCount.POSTED;
            }
        }
        return new TermVector(v.articleId(), v.length(), v.termIds(), v.counts(), flags);
    }
}
