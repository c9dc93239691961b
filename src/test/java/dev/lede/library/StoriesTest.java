package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Page;
import dev.lede.model.Query;
import dev.lede.model.Story;
import dev.lede.query.QueryParser;
import dev.lede.related.EventArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesTest {
    // Two earthquakes: the same kind of event, told with the same words, in different places.
    static final String[][] CHILE = EventArticles.CHILE;
    static final String[][] NEPAL = EventArticles.NEPAL;
    static final String[][] OTHER = EventArticles.OTHER;
    // One event reported twice without a shared name, then a report that names both sides.
    static final String[] FIRE = {"Warehouse fire in Linton", "Fire crews fought a blaze at the Hallam paper"
            + " warehouse in Linton overnight. Smoke closed the Linton ring road and the Hallam depot burned out."};
    static final String[] ARREST = {"Teenager held by Corvell police", "Corvell detectives held a teenager,"
            + " Dario Quist, on Friday. Quist was seen near the depot, Corvell police said, and will face a judge."};
    static final String[] BRIDGE = {"Linton fire: Dario Quist charged with arson", "Corvell police charged Dario"
            + " Quist with arson over the Hallam warehouse fire in Linton. Quist told Corvell detectives he was"
            + " near the Hallam depot when the Linton blaze began."};

    @TempDir
    Path dir;
    Library library;
    int pages;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lede.db"));
    }

    /**
     * Other news first, as in any library: term weights in a library of a handful of articles
     * say little (every word is rare or everywhere). Each filler article is about its own
     * made-up things, so that it shares no story with anything.
     */
    private List<Long> saveOtherNews(int n) {
        String[] pool = "market council school budget water road museum festival court price".split(" ");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String own = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            StringBuilder body = new StringBuilder();
            for (String word : pool) {
                body.append("The ").append(word).append(own).append(" of Town").append(own).append(". ");
            }
            ids.add(save(new String[] {"Town" + own + " " + pool[0] + own, body.toString()}));
        }
        return ids;
    }

    @AfterEach
    void close() {
        library.close();
    }

    private long save(String[] article) {
        return save(article, null);
    }

    private long save(String[] article, String published) {
        SaveOutcome outcome = library.save(page(article, published), List.of());
        return ((SaveOutcome.Saved) outcome).id();
    }

    private Page page(String[] article, String published) {
        String meta = published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">";
        String html = "<html><head><title>" + article[0] + "</title>" + meta + "</head><body><article><h1>"
                + article[0] + "</h1><p>" + article[1] + "</p></article></body></html>";
        return new Page(html.getBytes(StandardCharsets.UTF_8), "https://news.example.com/" + (++pages), "text/html", null);
    }

    /** Extracted and probed for its story (the slow half of saving), not yet stored. */
    private Library.Prepared prepare(String[] article) {
        return library.prepare(page(article, null), List.of());
    }

    private static long id(SaveOutcome outcome) {
        return ((SaveOutcome.Saved) outcome).id();
    }

    private List<Long> saveAll(String[][] articles) {
        List<Long> ids = new ArrayList<>();
        for (String[] a : articles) {
            ids.add(save(a));
        }
        return ids;
    }

    private long story(long id) {
        return library.storyIds(List.of(id)).get(id);
    }

    private static Set<Set<Long>> singletons(List<Long> ids) {
        Set<Set<Long>> out = new HashSet<>();
        ids.forEach(id -> out.add(Set.of(id)));
        return out;
    }

    /** The stories as sets of article ids, every article once. */
    private Set<Set<Long>> partition() {
        Set<Set<Long>> out = new HashSet<>();
        for (Story s : library.stories(Query.ALL, true, Integer.MAX_VALUE)) {
            Set<Long> ids = new TreeSet<>();
            s.articles().forEach(a -> ids.add(a.id()));
            out.add(ids);
        }
        return out;
    }

    @Test
    void twoEarthquakesInDifferentPlacesAreTwoStories() {
        List<Long> filler = saveOtherNews(30);
        List<Long> chile = new ArrayList<>();
        List<Long> nepal = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // interleaved, as news arrives
            chile.add(save(CHILE[i]));
            nepal.add(save(NEPAL[i]));
        }
        List<Long> other = saveAll(OTHER);
        Set<Set<Long>> expected = new HashSet<>(Set.of(new TreeSet<>(chile), new TreeSet<>(nepal),
                Set.of(other.get(0)), Set.of(other.get(1))));
        expected.addAll(singletons(filler));
        assertEquals(expected, partition());
        assertEquals(chile.get(0), story(chile.get(2)), "a story is named by its first article");
    }

    @Test
    void storiesListsOnlyStoriesOfSeveralNewestActivityFirst() {
        saveOtherNews(30);
        List<Long> chile = saveAll(CHILE);
        save(OTHER[0]);
        List<Long> nepal = saveAll(NEPAL);
        List<Story> stories = library.stories(Query.ALL, false, 10);
        assertEquals(2, stories.size());
        assertEquals(nepal.get(0), stories.get(0).id(), "Nepal has the latest article");
        assertEquals(chile, stories.get(1).articles().stream().map(ArticleSummary::id).toList());
        assertTrue(List.of(CHILE[0][0], CHILE[1][0], CHILE[2][0]).contains(stories.get(1).title()));
        assertEquals(1, library.stories(QueryParser.parse("Kathmandu"), false, 10).size());
        assertEquals(1, library.stories(Query.ALL, false, 1).size());
    }

    @Test
    void theQueryLanguageFindsAStorysArticles() {
        saveOtherNews(30);
        List<Long> chile = saveAll(CHILE);
        saveAll(NEPAL);
        List<Long> found = library.list(QueryParser.parse("story:" + chile.get(0)), 0, 50).stream()
                .map(ArticleSummary::id).sorted().toList();
        assertEquals(chile, found);
        assertEquals(List.of(), library.list(QueryParser.parse("story:" + chile.get(1)), 0, 50));
    }

    @Test
    void aLaterArticleBridgesTwoStoriesIntoOne() {
        saveOtherNews(30);
        long fire = save(FIRE);
        long arrest = save(ARREST);
        assertNotEquals(story(fire), story(arrest), "no shared name yet");
        long bridge = save(BRIDGE);
        assertEquals(story(fire), story(arrest));
        assertEquals(story(fire), story(bridge));
        assertEquals(fire, story(bridge));
    }

    @Test
    void deletingTheBridgeSplitsTheStoryAgain() {
        saveOtherNews(30);
        long fire = save(FIRE);
        long arrest = save(ARREST);
        long bridge = save(BRIDGE);
        assertEquals(story(fire), story(arrest));
        library.delete(bridge);
        assertNotEquals(story(fire), story(arrest));
        assertEquals(arrest, story(arrest), "the split-off part is named by its own first article");
    }

    @Test
    void deletingAnArticleShrinksItsStoryAndUndoingPutsItBack() {
        saveOtherNews(30);
        List<Long> chile = saveAll(CHILE);
        saveAll(NEPAL);
        var deleted = library.delete(chile.get(0)).orElseThrow();
        assertEquals(chile.get(1), story(chile.get(2)), "named by its first remaining article");
        assertEquals(chile.get(1), story(chile.get(1)));
        assertEquals(2, library.storyOf(chile.get(1)).orElseThrow().articles().size());
        library.restore(deleted);
        assertEquals(chile.get(0), story(chile.get(2)));
        assertEquals(3, library.storyOf(chile.get(1)).orElseThrow().articles().size());
    }

    @Test
    void rebuildingGivesTheStoriesThatSavingGave() {
        saveOtherNews(30);
        for (int i = 0; i < 3; i++) {
            save(CHILE[i]);
            save(NEPAL[i]);
        }
        save(FIRE);
        saveAll(OTHER);
        save(ARREST);
        save(BRIDGE);
        Set<Set<Long>> saved = partition();
        assertEquals(41, library.rebuildStories());
        assertEquals(saved, partition());
    }

    @Test
    void reportsOfOneEventProbedAtTheSameMomentStillMeetWhenSaved() {
        saveOtherNews(30);
        // Each looked for its neighbours before any of them was stored, so none saw the others.
        List<Library.Prepared> chile = new ArrayList<>();
        for (String[] a : CHILE) {
            chile.add(prepare(a));
        }
        List<Library.Prepared> nepal = new ArrayList<>();
        for (String[] a : NEPAL) {
            nepal.add(prepare(a));
        }
        List<Long> chileIds = new ArrayList<>();
        List<Long> nepalIds = new ArrayList<>();
        chileIds.add(id(library.commit(chile.get(0))));
        nepalIds.add(id(library.commit(nepal.get(0))));
        // The rest in one transaction, as an import stores a batch.
        List<SaveOutcome> rest = library.commitAll(List.of(chile.get(1), nepal.get(1), chile.get(2), nepal.get(2)));
        chileIds.add(id(rest.get(0)));
        chileIds.add(id(rest.get(2)));
        nepalIds.add(id(rest.get(1)));
        nepalIds.add(id(rest.get(3)));
        for (int i = 1; i < 3; i++) {
            assertEquals(story(chileIds.get(0)), story(chileIds.get(i)));
            assertEquals(story(nepalIds.get(0)), story(nepalIds.get(i)));
        }
        assertNotEquals(story(chileIds.get(0)), story(nepalIds.get(0)));
        Set<Set<Long>> placed = partition();
        library.rebuildStories();
        assertEquals(placed, partition(), "as if each had been saved after the others");
    }

    @Test
    void aReportProbedBeforeManyOthersWereSavedIsPlacedAgainstThemAll() {
        saveOtherNews(30);
        long first = save(CHILE[0]);
        Library.Prepared late = prepare(CHILE[1]);
        saveOtherNews(80); // more than a probe's snapshot may miss: probed again when stored
        long second = id(library.commit(late));
        assertEquals(story(first), story(second));
        assertEquals(2, library.storyOf(first).orElseThrow().articles().size());
    }

    @Test
    void savingInTheOppositeOrderGivesTheSameStories() {
        List<String[]> news = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            news.add(CHILE[i]);
            news.add(NEPAL[i]);
        }
        news.addAll(List.of(FIRE, OTHER[0], ARREST, OTHER[1], BRIDGE));
        saveOtherNews(30);
        for (String[] a : news) {
            save(a);
        }
        Set<Set<String>> forward = storiesByTitle();
        library.close();
        library = Library.open(dir.resolve("reversed.db"));
        saveOtherNews(30);
        for (int i = news.size() - 1; i >= 0; i--) {
            save(news.get(i));
        }
        assertEquals(forward, storiesByTitle());
    }

    /** The stories of more than one article, as sets of titles. */
    private Set<Set<String>> storiesByTitle() {
        Set<Set<String>> out = new HashSet<>();
        for (Story s : library.stories(Query.ALL, false, Integer.MAX_VALUE)) {
            Set<String> titles = new TreeSet<>();
            s.articles().forEach(a -> titles.add(a.title()));
            out.add(titles);
        }
        return out;
    }

    @Test
    void theSameReportAYearLaterIsAnotherStory() {
        saveOtherNews(30);
        long first = save(CHILE[0], "2014-04-01T23:50:00Z");
        long days = save(CHILE[1], "2014-04-03T08:00:00Z");
        long year = save(CHILE[2], "2015-04-20T08:00:00Z");
        assertEquals(story(first), story(days));
        assertNotEquals(story(first), story(year));
        Story s = library.storyOf(first).orElseThrow();
        assertTrue(s.first().startsWith("2014-04-01T23:50"), s.first());
        assertTrue(s.last().startsWith("2014-04-03T08:00"), s.last());
        // Drawn again from the stored vectors, which carry the days: the same.
        library.rebuildStories();
        assertEquals(story(first), story(days));
        assertNotEquals(story(first), story(year));
    }

    @Test
    void reportsSavedSinceAProbeAreWeighedByTheirDaysToo() {
        saveOtherNews(30);
        // All three look for neighbours before any is stored: each meets the earlier ones only
        // as articles saved since its probe, from memory (this library placed them) ...
        Library.Prepared first = library.prepare(page(CHILE[0], "2014-04-01T23:50:00Z"), List.of());
        Library.Prepared days = library.prepare(page(CHILE[1], "2014-04-03T08:00:00Z"), List.of());
        Library.Prepared year = library.prepare(page(CHILE[2], "2015-04-20T08:00:00Z"), List.of());
        long a = id(library.commit(first));
        long b = id(library.commit(days));
        long c = id(library.commit(year));
        assertEquals(story(a), story(b));
        assertNotEquals(story(a), story(c));
        // ... or read back with their days, when another process saved them.
        Library.Prepared nepalDays = library.prepare(page(NEPAL[1], "2015-04-27T08:00:00Z"), List.of());
        Library.Prepared nepalYear = library.prepare(page(NEPAL[2], "2016-05-01T08:00:00Z"), List.of());
        long d;
        try (Library other = Library.open(dir.resolve("lede.db"))) {
            d = ((SaveOutcome.Saved) other.save(page(NEPAL[0], "2015-04-25T08:00:00Z"), List.of())).id();
        }
        long e = id(library.commit(nepalDays));
        long f = id(library.commit(nepalYear));
        assertEquals(story(d), story(e));
        assertNotEquals(story(d), story(f));
    }
}
