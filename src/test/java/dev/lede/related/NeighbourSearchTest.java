package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.store.TermVector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NeighbourSearchTest {
    private static final NeighbourSearch SEARCH = new NeighbourSearch(20, 1000, 40, 10, 5, 0.1);
    /** Forty candidates, best votes first. */
    private static final List<Long> IDS = LongStream.rangeClosed(1, 40).boxed().toList();
    /** The day of the article whose neighbours are searched. */
    private static final int DAY = 20_000;

    /** Compares with {@code similarity} (article id to cosine; absent: below the floor) and records the reads. */
    private static final class Comparing {
        final Map<Long, Double> similarity;
        final Map<Long, Double> timeWeights;
        final List<Set<Long>> reads = new ArrayList<>();
        final Set<Long> weighed = new TreeSet<>();
        /** The ids the read was told to leave out, by their day. */
        final Set<Long> unread = new TreeSet<>();
        /** The floor each compared candidate's cosine was asked against. */
        final Map<Long, Double> floors = new java.util.TreeMap<>();

        Comparing(Map<Long, Double> similarity) {
            this(similarity, Map.of());
        }

        Comparing(Map<Long, Double> similarity, Map<Long, Double> timeWeights) {
            this.similarity = similarity;
            this.timeWeights = timeWeights;
        }

        Map<Long, Double> run() {
            // Each vector carries its article's id as its day, so the weight can tell them apart.
            return SEARCH.compare(IDS, this::read, (v, floor) -> {
                floors.put(v.articleId(), floor);
                return similarity.getOrDefault(v.articleId(), 0.01);
            }, (day, other) -> {
                assertEquals(DAY, day);
                weighed.add((long) other);
                return timeWeights.getOrDefault((long) other, 1.0);
            }, DAY);
        }

        private List<TermVector> read(Collection<Long> ids, java.util.function.IntPredicate days) {
            reads.add(new TreeSet<>(ids));
            List<TermVector> read = new ArrayList<>();
            for (long id : ids) {
                if (days.test((int) id)) {
                    read.add(new TermVector(id, 1, new int[] {7}, new int[] {1}, new byte[] {0}, (int) id));
                } else {
                    unread.add(id);
                }
            }
            return read;
        }
    }

    private static Set<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aLoneArticleIsComparedWithTheFirstTenOnly() {
        Comparing c = new Comparing(Map.of());
        assertEquals(Map.of(), c.run());
        assertEquals(List.of(range(1, 10)), c.reads);
        assertEquals(range(1, 10), c.weighed);
    }

    @Test
    void stopsOnceTenInARowBroughtNothingNear() {
        Comparing c = new Comparing(Map.of(3L, 0.5, 8L, 0.3));
        Map<Long, Double> found = c.run();
        assertEquals(List.of(range(1, 10), range(11, 20)), c.reads);
        assertEquals(Map.of(3L, 0.5, 8L, 0.3), found); // the rest are under the floor
        assertEquals(range(1, 20), c.weighed); // each weighed by time before its cosine
    }

    @Test
    void goesOnTenAtATimeWhileEachTenBroughtOneAmongTheNearest() {
        // 2, 15 and 27 each enter the nearest five, so all forty are read.
        Comparing c = new Comparing(Map.of(2L, 0.4, 15L, 0.2, 27L, 0.6, 35L, 0.05));
        Map<Long, Double> found = c.run();
        assertEquals(List.of(range(1, 10), range(11, 20), range(21, 30), range(31, 40)), c.reads);
        assertEquals(Map.of(2L, 0.4, 15L, 0.2, 27L, 0.6), found);
    }

    @Test
    void aCandidateThatCannotBeatTheNearestFiveDoesNotKeepItGoing() {
        // The first five are near; 12 is above the floor but weaker than all five of them.
        Comparing c = new Comparing(Map.of(1L, 0.9, 2L, 0.8, 3L, 0.7, 4L, 0.6, 5L, 0.5, 12L, 0.3));
        Map<Long, Double> found = c.run();
        assertEquals(List.of(range(1, 10), range(11, 20)), c.reads);
        assertEquals(0.3, found.get(12L)); // still among the similarities found
    }

    @Test
    void anOldReportScaledUnderTheFloorNeitherCountsNorKeepsTheSearchGoing() {
        // 15 is close by its words but published long before: weighed at a tenth, it falls under the floor.
        Comparing c = new Comparing(Map.of(2L, 0.5, 15L, 0.6, 25L, 0.7), Map.of(15L, 0.1));
        Map<Long, Double> found = c.run();
        assertEquals(List.of(range(1, 10), range(11, 20)), c.reads);
        assertEquals(Map.of(2L, 0.5), found);
    }

    @Test
    void aCandidatePublishedTooFarAwayIsNotComparedAndTheRestAgainstTheirOwnFloor() {
        // 4 is weighed at 0.05: even a cosine of 1 would stay under the floor. 6 at a half: its
        // cosine must reach 0.2, and 0.3 does.
        Comparing c = new Comparing(Map.of(4L, 0.9, 6L, 0.3), Map.of(4L, 0.05, 6L, 0.5));
        Map<Long, Double> found = c.run();
        assertEquals(Map.of(6L, 0.15), found);
        assertEquals(Set.of(4L), c.unread); // not even read
        assertEquals(false, c.floors.containsKey(4L));
        assertEquals(0.1, c.floors.get(1L)); // full weight: the floor itself
        assertEquals(0.2, c.floors.get(6L), 1e-6);
        assertEquals(true, c.floors.get(6L) < 0.2); // a shade under: rounding never leaves out one that reaches the floor
    }

    @Test
    void skipsWhatItMayNotCompareAndWhatHasNoVector() {
        Map<Long, Double> found = SEARCH.compare(IDS,
                (ids, days) -> ids.stream().filter(id -> id % 2 == 0)
                        .map(id -> new TermVector(id, 1, new int[] {7}, new int[] {1}, new byte[] {0})).toList(),
                (v, floor) -> v.articleId() == 4 ? Double.NaN : 0.2, (day, other) -> 1, DAY);
        // Even ids only, 4 not compared; 12 is the fifth near one, so 21-30 are read, and bring none.
        assertEquals(Set.of(2L, 6L, 8L, 10L, 12L, 14L, 16L, 18L, 20L, 22L, 24L, 26L, 28L, 30L), found.keySet());
    }
}
