package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.store.TermCount;
import dev.lede.store.TermVector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * {@link NeighbourSearch#compare} weighs time first and asks the real cosine against the floor
 * divided by the weight (a shade under it): its result must equal, key for key and to the last
 * bit, that of the former code ({@link NeighbourSearchReference}: the cosine against the floor
 * itself, then scaled). Random libraries, real {@link Frequencies} and term vectors, days spread
 * around the article's, and near copies of the article placed where the time weight brings a
 * cosine of about 1 to the floor (140 days away at a floor of 0.1), where a wrong margin shows.
 */
class NeighbourSearchExactnessTest {
    private static final int TRIALS = 2000;
    private static final int VOCABULARY = 600;
    private static final int DAY = 20_000;

    /** One trial's library: the article, its candidates (best votes first) and their vectors. */
    private record Library(int[] hashes, int[] df, int docs, double avgLength, TermVector article,
            List<Long> ids, Map<Long, TermVector> vectors, NeighbourSearch search, boolean readHonoursDays) {
        Frequencies frequencies() {
            return new Frequencies(hashes, df, docs, avgLength, docs);
        }
    }

    @Test
    void weighingTimeFirstFindsExactlyWhatTheFormerCodeFound() {
        Random random = new Random(14);
        int[] vocabulary = random.ints().distinct().limit(VOCABULARY).toArray();
        int found = 0;
        int farFound = 0; // kept though weighed under 1: the floor division was exercised
        int boundaryFound = 0; // a near copy kept at the weight's boundary
        int atFloor = 0; // kept with a similarity of exactly the floor
        for (int trial = 0; trial < TRIALS; trial++) {
            Library library = library(random, vocabulary);
            String what = "trial " + trial;

            Map<Long, Double> expected = former(library, library.frequencies());
            // Cold norm caches: each on a Frequencies of its own.
            assertEquals(expected, present(library, library.frequencies()), what + ", cold");
            // One shared Frequencies, in both orders: the second meets norms the first remembered.
            Frequencies shared = library.frequencies();
            assertEquals(expected, former(library, shared), what + ", former first");
            assertEquals(expected, present(library, shared), what + ", present second (warm)");
            Frequencies other = library.frequencies();
            assertEquals(expected, present(library, other), what + ", present first");
            assertEquals(expected, former(library, other), what + ", former second (warm)");

            if (!expected.isEmpty()) {
                found++;
            }
            int boundary = boundaryDays(library.search().floor());
            for (long id : expected.keySet()) {
                if (expected.get(id) == library.search().floor()) {
                    atFloor++;
                }
                int day = library.vectors().get(id).day();
                double weight = Stories.timeWeight(library.article().day(), day);
                if (weight < 1) {
                    farFound++;
                }
                if (library.article().day() != TermVector.NO_DAY && day != TermVector.NO_DAY
                        && Math.abs(Math.abs(day - library.article().day()) - boundary) <= 2) {
                    boundaryFound++;
                }
            }
        }
        assertTrue(found > TRIALS / 2, found + " of " + TRIALS + " trials found a neighbour");
        assertTrue(farFound > TRIALS / 4, farFound + " neighbours weighed under 1");
        assertTrue(boundaryFound > 100, boundaryFound + " near copies kept at the weight's boundary");
        assertTrue(atFloor > TRIALS / 10, atFloor + " kept at exactly the floor");
    }

    /** The days at which the time weight is the floor: 140 at a floor of 0.1. */
    private static int boundaryDays(double floor) {
        return (int) Math.round(Stories.SAME_DAYS / floor);
    }

    private static Map<Long, Double> former(Library library, Frequencies f) {
        Frequencies.Query query = f.query(library.article());
        double floor = library.search().floor();
        return NeighbourSearchReference.compare(library.search(), library.ids(),
                ids -> read(library, ids, day -> true), v -> f.cosine(query, v, floor),
                Stories::timeWeight, library.article().day());
    }

    private static Map<Long, Double> present(Library library, Frequencies f) {
        Frequencies.Query query = f.query(library.article());
        return library.search().compare(library.ids(),
                (ids, days) -> read(library, ids, library.readHonoursDays() ? days : day -> true),
                (v, floor) -> f.cosine(query, v, floor), Stories::timeWeight, library.article().day());
    }

    /** As the store reads: the vectors of those of {@code ids} that have one and whose day {@code days} takes. */
    private static List<TermVector> read(Library library, Collection<Long> ids, IntPredicate days) {
        List<TermVector> read = new ArrayList<>();
        for (long id : ids) {
            TermVector v = library.vectors().get(id);
            if (v != null && days.test(v.day())) {
                read.add(v);
            }
        }
        Collections.shuffle(read, new Random(ids.hashCode())); // the store's order is not the votes'
        return read;
    }

    private static Library library(Random random, int[] vocabulary) {
        int docs = 20 + random.nextInt(1500);
        List<Integer> known = new ArrayList<>();
        List<Integer> frequency = new ArrayList<>();
        for (int hash : vocabulary) {
            if (random.nextInt(5) != 0) { // the rest: no counted article has them
                known.add(hash);
                frequency.add(1 + random.nextInt(random.nextBoolean() ? 20 : docs + 20));
            }
        }
        int[] hashes = known.stream().mapToInt(Integer::intValue).toArray();
        int[] df = frequency.stream().mapToInt(Integer::intValue).toArray();
        double avgLength = random.nextInt(10) == 0 ? 0 : 20 + random.nextInt(200);

        int[] topic = new int[40]; // the words an article and its likely neighbours share
        for (int i = 0; i < topic.length; i++) {
            topic[i] = vocabulary[random.nextInt(VOCABULARY)];
        }
        int articleDay = random.nextInt(20) == 0 ? TermVector.NO_DAY : DAY;
        TermVector article = vector(random, 0, vocabulary, topic, 0.7, articleDay);

        NeighbourSearch search = Stories.SEARCH;
        if (random.nextInt(4) == 0) {
            double floor = random.nextBoolean() ? 0.1 : 0.03 + random.nextDouble() * 0.3;
            search = new NeighbourSearch(20, 1000, 40, 1 + random.nextInt(15), 1 + random.nextInt(8), floor);
        }
        int boundary = boundaryDays(search.floor());

        List<Long> ids = new ArrayList<>();
        Map<Long, TermVector> vectors = new HashMap<>();
        int candidates = 40;
        for (long id = 1; id <= candidates; id++) {
            ids.add(id);
            if (random.nextInt(20) == 0) {
                continue; // no vector (not yet saved, or gone)
            }
            int kind = random.nextInt(10);
            TermVector v;
            if (kind < 2) { // a near copy of the article, about where the weight brings it to the floor
                int away = boundary - 2 + random.nextInt(5);
                int day = articleDay == TermVector.NO_DAY ? DAY + away : articleDay + (random.nextBoolean() ? away : -away);
                v = nearCopy(random, id, article, day);
            } else {
                int day;
                int spread = random.nextInt(10);
                if (spread == 0) {
                    day = TermVector.NO_DAY;
                } else if (spread < 4) {
                    day = DAY - 14 + random.nextInt(29);
                } else {
                    day = DAY - 300 + random.nextInt(601);
                }
                v = vector(random, id, vocabulary, topic, random.nextDouble() * 0.9, day);
            }
            vectors.put(id, v);
        }
        Collections.shuffle(ids, random); // the order of the votes
        if (random.nextInt(4) == 0) {
            search = atTheSimilarityOfANearCopy(search, new Frequencies(hashes, df, docs, avgLength, docs), article, vectors);
        }
        return new Library(hashes, df, docs, avgLength, article, ids, vectors, search, random.nextInt(5) != 0);
    }

    /**
     * {@code search} with its floor set to the similarity (cosine times time weight) of the
     * first near copy weighed under 1: that candidate reaches the floor exactly, and the floor
     * divided by its weight may round to just above its cosine, where only the margin keeps it.
     */
    private static NeighbourSearch atTheSimilarityOfANearCopy(NeighbourSearch search, Frequencies f,
            TermVector article, Map<Long, TermVector> vectors) {
        Frequencies.Query query = f.query(article);
        for (TermVector v : vectors.values()) {
            double weight = Stories.timeWeight(article.day(), v.day());
            double cosine = f.cosine(query, v, 0);
            if (weight < 1 && cosine > 0.9) {
                return new NeighbourSearch(search.queryTerms(), search.postingsPerTerm(), search.candidates(),
                        search.chunk(), search.keep(), cosine * weight);
            }
        }
        return search;
    }

    /** A vector of 5 to 60 distinct terms, a share {@code onTopic} of them drawn from {@code topic}. */
    private static TermVector vector(Random random, long id, int[] vocabulary, int[] topic, double onTopic, int day) {
        int n = 5 + random.nextInt(56);
        TreeMap<Integer, Integer> terms = new TreeMap<>();
        for (int tries = 0; terms.size() < n && tries < 4 * n; tries++) {
            int hash = random.nextDouble() < onTopic ? topic[random.nextInt(topic.length)]
                    : vocabulary[random.nextInt(vocabulary.length)];
            terms.put(hash, 1 + (random.nextInt(4) == 0 ? random.nextInt(8) : 0));
        }
        int[] hashes = terms.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] counts = terms.values().stream().mapToInt(Integer::intValue).toArray();
        return new TermVector(id, sum(counts), hashes, counts, flags(random, hashes.length), day);
    }

    /**
     * The article itself (its flags but the posted one redrawn: the same weights, a cosine of
     * about 1), or with a count changed, a term dropped or one added: a cosine just under 1.
     */
    private static TermVector nearCopy(Random random, long id, TermVector article, int day) {
        TreeMap<Integer, Integer> terms = new TreeMap<>();
        Map<Integer, Byte> flags = new HashMap<>();
        for (int i = 0; i < article.size(); i++) {
            terms.put(article.termIds()[i], article.counts()[i]);
            int posted = random.nextInt(3) == 0 ? TermCount.POSTED : 0;
            flags.put(article.termIds()[i], (byte) (article.flags()[i] & ~TermCount.POSTED | posted));
        }
        List<Integer> keys = new ArrayList<>(terms.keySet());
        switch (random.nextInt(4)) {
            case 0 -> { } // the same terms and counts
            case 1 -> terms.merge(keys.get(random.nextInt(keys.size())), 1, Integer::sum);
            case 2 -> {
                if (keys.size() > 1) {
                    terms.remove(keys.get(random.nextInt(keys.size())));
                }
            }
            default -> {
                int added = random.nextInt();
                terms.put(added, 1);
                flags.put(added, (byte) (random.nextBoolean() ? TermCount.POSTED : 0));
            }
        }
        int[] hashes = terms.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] counts = terms.values().stream().mapToInt(Integer::intValue).toArray();
        byte[] f = new byte[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            f[i] = flags.get(hashes[i]);
        }
        return new TermVector(id, sum(counts), hashes, counts, f, day);
    }

    private static byte[] flags(Random random, int n) {
        byte[] flags = new byte[n];
        for (int i = 0; i < n; i++) {
            int f = 0;
            if (random.nextInt(4) == 0) {
                f |= TermCount.ENTITY;
            }
            if (random.nextInt(3) == 0) {
                f |= TermCount.POSTED; // the bound counts these whole
            }
            if (random.nextInt(8) == 0) {
                f |= TermCount.TITLE;
            }
            flags[i] = (byte) f;
        }
        return flags;
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }
}
