package dev.lede.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.RelatedArticle;
import dev.lede.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedStoriesTest {
    // Two stories of the same kind: earthquakes in different places, with different people.
    static final String[][] CHILE = EventArticles.CHILE;
    static final String[][] NEPAL = EventArticles.NEPAL;
    static final String[][] OTHER = EventArticles.OTHER;

    // Two ferry sinkings. By cosine the Dover story's first article is closer to the Marseille
    // story's first article (same ferry, rocks and Friday) than to its own story's later articles,
    // which are held together by their names (Dover, Spirit of Kent, Alan Price; Marseille, Ile de
    // Beaute, Luc Moreau).
    static final String[][] DOVER = {
        {"Ferry sinks off Dover", "The Spirit of Kent, a passenger ferry, sank off Dover on Friday morning"
                + " after hitting rocks in thick fog. Coastguard helicopters lifted survivors from the cold water"
                + " and lifeboats searched for the missing through the night."},
        {"Spirit of Kent captain questioned", "Captain Alan Price of the Spirit of Kent was questioned by Dover"
                + " police on Saturday. Investigators asked why the ferry left Dover harbour in fog."},
        {"Dover mourns Spirit of Kent victims", "Dover held a vigil on Sunday for the victims of the Spirit of"
                + " Kent. Captain Alan Price sent a message to the families of the missing."},
        {"Spirit of Kent wreck to be raised", "Engineers will raise the wreck of the Spirit of Kent from the sea"
                + " off Dover next month, lawyers for Captain Alan Price said."},
    };
    static final String[][] MARSEILLE = {
        {"Marseille ferry disaster", "The Ile de Beaute ferry sank near Marseille on Friday after hitting"
                + " rocks."},
        {"Ile de Beaute captain arrested", "Captain Luc Moreau of the Ile de Beaute was arrested in Marseille"
                + " on Saturday. Prosecutors asked why the ferry left Marseille harbour in fog."},
        {"Marseille mourns Ile de Beaute victims", "Marseille held a vigil on Sunday for the victims of the Ile"
                + " de Beaute. Captain Luc Moreau sent a message to the families of the missing."},
        {"Ile de Beaute wreck to be raised", "Divers will raise the wreck of the Ile de Beaute from the sea off"
                + " Marseille next month, lawyers for Captain Luc Moreau said."},
    };

    @TempDir
    Path dir;
    Store store;
    RelatedStories related;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("lede.db"));
        related = new RelatedStories(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Long> save(String[][] story, List<String> tags, boolean withTerms) {
        List<Long> ids = new ArrayList<>();
        for (String[] article : story) {
            Article a = new Article(0, "https://news.example/" + article[0].hashCode(), null, article[0], null, null,
                    "en", null, Instant.parse("2025-01-01T00:00:00Z"), 40, null, null, "<p>" + article[1] + "</p>",
                    article[1], false, false, 0, tags);
            String key = a.url();
            ids.add(withTerms ? store.insert(a, key, null, "news.example", related.terms(a))
                    : store.insert(a, key, null, "news.example"));
        }
        return ids;
    }

    private static Set<Long> idsOf(List<RelatedArticle> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(r -> ids.add(r.article().id()));
        return ids;
    }

    @Test
    void eachArticlesTopResultsAreItsOwnStory() {
        List<Long> chile = save(CHILE, List.of(), true);
        List<Long> nepal = save(NEPAL, List.of(), true);
        save(OTHER, List.of(), true);
        for (List<Long> story : List.of(chile, nepal)) {
            for (long id : story) {
                Set<Long> expected = new HashSet<>(story);
                expected.remove(id);
                assertEquals(expected, idsOf(related.find(id, 2)), "article " + id);
            }
        }
    }

    @Test
    void aStorysOwnArticlesOutrankASimilarStorysLookalike() {
        List<Long> dover = save(DOVER, List.of(), true);
        List<Long> marseille = save(MARSEILLE, List.of(), true);
        save(CHILE, List.of(), true);
        save(NEPAL, List.of(), true);
        save(OTHER, List.of(), true);
        for (List<Long> story : List.of(dover, marseille)) {
            long lead = story.get(0);
            Set<Long> expected = new HashSet<>(story.subList(1, story.size()));
            assertEquals(expected, idsOf(related.find(lead, 3)), "article " + lead);
        }
    }

    @Test
    void aTwoArticleStoryFindsItsPairBesideALargerSimilarStory() {
        List<Long> pair = save(new String[][] {DOVER[1], DOVER[3]}, List.of(), true);
        save(MARSEILLE, List.of(), true);
        save(CHILE, List.of(), true);
        save(OTHER, List.of(), true);
        assertEquals(pair.get(1), related.find(pair.get(0), 1).get(0).article().id());
        assertEquals(pair.get(0), related.find(pair.get(1), 1).get(0).article().id());
    }

    @Test
    void resultsAreOrderedByScoreAndExcludeTheArticleItself() {
        List<Long> chile = save(CHILE, List.of(), true);
        save(NEPAL, List.of(), true);
        List<RelatedArticle> found = related.find(chile.get(0), 10);
        assertTrue(found.stream().noneMatch(r -> r.article().id() == chile.get(0)));
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).score() >= found.get(i).score());
        }
    }

    @Test
    void reasonsNameTheStrongestSharedTerms() {
        List<Long> chile = save(CHILE, List.of(), true);
        save(NEPAL, List.of(), true);
        List<String> reasons = related.find(chile.get(1), 1).get(0).reasons();
        assertTrue(!reasons.isEmpty() && reasons.size() <= 4, reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> Set.of("Iquique", "Bachelet", "Tarapaca", "8").contains(r)),
                reasons.toString());
    }

    @Test
    void sharedTagsShowAsReasons() {
        List<Long> chile = save(CHILE, List.of("quakes"), true);
        assertEquals("#quakes", related.find(chile.get(0), 1).get(0).reasons().get(0));
    }

    @Test
    void articlesSavedWithoutTermsAreIndexedOnTheFirstLookup() {
        List<Long> chile = save(CHILE, List.of(), false);
        save(NEPAL, List.of(), false);
        assertEquals(6, store.unindexed(100).size());
        Set<Long> expected = new HashSet<>(chile.subList(1, 3));
        assertEquals(expected, idsOf(related.find(chile.get(0), 2)));
        assertEquals(List.of(), store.unindexed(100));
    }

    @Test
    void deletedArticlesAreNotSuggested() {
        List<Long> chile = save(CHILE, List.of(), true);
        save(NEPAL, List.of(), true);
        store.delete(chile.get(1));
        assertTrue(idsOf(related.find(chile.get(0), 10)).stream().noneMatch(id -> id.equals(chile.get(1))));
        assertEquals(5, store.termStats().docs());
    }

    @Test
    void anUnknownArticleHasNoRelatedStories() {
        save(CHILE, List.of(), true);
        assertEquals(List.of(), related.find(999, 5));
    }
}
