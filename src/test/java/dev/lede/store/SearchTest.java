package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.query.QueryParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest extends WithStore {
    private long save(String url, String title, String text, String published, String saved, List<String> tags) {
        Article a = new Article(0, url, null, title, null, null, "en", published, Instant.parse(saved), 100,
                null, null, "<p>" + text + "</p>", text, false, false, 0, tags);
        String host = url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        return store.insert(a, url, null, host);
    }

    private List<Long> ids(String query) {
        return store.list(QueryParser.parse(query), 0, 100).stream().map(ArticleSummary::id).toList();
    }

    @Test
    void titleHitRanksAboveBodyHit() {
        long body = save("https://a.example/1", "City news", "The ferry timetable changes in May.", null,
                "2025-01-02T00:00:00Z", List.of());
        long title = save("https://a.example/2", "Ferry fares rise", "Prices go up in April for everyone.", null,
                "2025-01-01T00:00:00Z", List.of());
        assertEquals(List.of(title, body), ids("ferry"));
    }

    @Test
    void equalMatchesListNewestFirst() {
        long older = save("https://a.example/1", "Harbour one", "ferry", null, "2025-01-01T00:00:00Z", List.of());
        long newer = save("https://a.example/2", "Harbour two", "ferry", null, "2025-02-01T00:00:00Z", List.of());
        assertEquals(List.of(newer, older), ids("ferry"));
    }

    @Test
    void allWordsMustMatch() {
        long both = save("https://a.example/1", "Bike lanes", "The council voted on bike lanes.", null,
                "2025-01-01T00:00:00Z", List.of());
        save("https://a.example/2", "Bike shop", "A new shop for bikes.", null, "2025-01-02T00:00:00Z", List.of());
        assertEquals(List.of(both), ids("bike council"));
    }

    @Test
    void phraseMatchesWordsInOrder() {
        long phrase = save("https://a.example/1", "One", "riverside bike lanes approved", null,
                "2025-01-01T00:00:00Z", List.of());
        save("https://a.example/2", "Two", "lanes for the bike riverside", null, "2025-01-02T00:00:00Z", List.of());
        assertEquals(List.of(phrase), ids("\"bike lanes\""));
    }

    @Test
    void excludedWordRemovesMatches() {
        long kept = save("https://a.example/1", "Lanes", "bike lanes", null, "2025-01-01T00:00:00Z", List.of());
        long dropped = save("https://a.example/2", "Parking", "bike parking", null, "2025-01-02T00:00:00Z", List.of());
        assertEquals(List.of(kept), ids("bike -parking"));
        assertEquals(List.of(kept), ids("-parking"));
        assertTrue(ids("-lanes").contains(dropped));
    }

    @Test
    void prefixMatchesWhileTyping() {
        long id = save("https://a.example/1", "Lanes", "bicycle lanes", null, "2025-01-01T00:00:00Z", List.of());
        assertEquals(List.of(id), store.list(QueryParser.parse("bicy", true), 0, 10).stream().map(ArticleSummary::id).toList());
        assertEquals(List.of(), ids("bicy"));
    }

    @Test
    void tagFiltersIncludeAndExclude() {
        long city = save("https://a.example/1", "A", "news", null, "2025-01-01T00:00:00Z", List.of("city"));
        long done = save("https://a.example/2", "B", "news", null, "2025-01-02T00:00:00Z", List.of("city", "done"));
        assertEquals(List.of(done, city), ids("tag:city"));
        assertEquals(List.of(city), ids("tag:CITY -tag:done"));
        assertEquals(List.of(city), ids("news -tag:done"));
    }

    @Test
    void stateFiltersFollowFlags() {
        long read = save("https://a.example/1", "A", "news", null, "2025-01-01T00:00:00Z", List.of());
        long starred = save("https://a.example/2", "B", "news", null, "2025-01-02T00:00:00Z", List.of());
        store.setRead(read, true);
        store.setBookmarked(starred, true);
        assertEquals(List.of(read), ids("is:read"));
        assertEquals(List.of(starred), ids("is:unread"));
        assertEquals(List.of(starred), ids("news is:bookmarked"));
        assertEquals(List.of(read), ids("-is:bookmarked"));
    }

    @Test
    void siteMatchesTheHostAndItsSubdomains() {
        long main = save("https://example.com/1", "A", "news", null, "2025-01-01T00:00:00Z", List.of());
        long sub = save("https://news.example.com/2", "B", "news", null, "2025-01-02T00:00:00Z", List.of());
        save("https://badexample.com/3", "C", "news", null, "2025-01-03T00:00:00Z", List.of());
        assertEquals(List.of(sub, main), ids("site:example.com"));
    }

    @Test
    void datesUsePublishedDayElseSavedDay() {
        long published = save("https://a.example/1", "A", "news", "2024-03-10T08:00:00Z", "2025-05-01T00:00:00Z", List.of());
        long saved = save("https://a.example/2", "B", "news", "March 2024", "2024-06-15T00:00:00Z", List.of());
        assertEquals(List.of(published), ids("before:2024-03-10"));
        assertEquals(List.of(saved), ids("after:2024-03-11 before:2024-12-31"));
        assertEquals(List.of(published, saved), ids("news after:2024")); // equal rank: newest saved first
    }

    @Test
    void snippetMarksTheHits() {
        save("https://a.example/1", "Council", "The council voted to build protected bike lanes along the river.",
                null, "2025-01-01T00:00:00Z", List.of());
        String snippet = store.list(QueryParser.parse("lanes"), 0, 10).get(0).snippet();
        assertTrue(snippet.contains(ArticleSummary.HIT_START + "lanes" + ArticleSummary.HIT_END), snippet);
    }

    @Test
    void listingWithoutTextHasNoSnippet() {
        save("https://a.example/1", "A", "news", null, "2025-01-01T00:00:00Z", List.of("city"));
        assertEquals(null, store.list(QueryParser.parse("tag:city"), 0, 10).get(0).snippet());
    }

    @Test
    void ftsSyntaxInInputNeverThrows() {
        save("https://a.example/1", "A and B", "foo near a:b (x) NOT y", null, "2025-01-01T00:00:00Z", List.of());
        for (String input : List.of("foo\"", "AND OR", "NEAR(", "a:b", "*", "(", "foo bar)", "-x", "\"",
                "NOT", "^foo", "col:foo", "foo*bar", "\"\"", "-\"\"", "+", "{title}: foo", "a OR", "🙂")) {
            assertDoesNotThrow(() -> store.list(QueryParser.parse(input), 0, 10), input);
            assertDoesNotThrow(() -> store.list(QueryParser.parse(input, true), 0, 10), input);
            assertDoesNotThrow(() -> store.count(QueryParser.parse(input)), input);
        }
    }

    @Test
    void operatorWordsMatchAsText() {
        long id = save("https://a.example/1", "Cats and dogs", "near the or, see a:b", null, "2025-01-01T00:00:00Z", List.of());
        assertEquals(List.of(id), ids("AND OR NEAR"));
        assertEquals(List.of(id), ids("a:b cats"));
    }

    @Test
    void countAgreesWithTheList() {
        for (int i = 0; i < 5; i++) {
            save("https://a.example/" + i, "T" + i, i % 2 == 0 ? "even news" : "odd news", null,
                    "2025-01-0" + (i + 1) + "T00:00:00Z", List.of());
        }
        assertEquals(3, store.count(QueryParser.parse("even")));
        assertEquals(5, store.count(QueryParser.parse("news")));
        assertEquals(2, store.list(QueryParser.parse("news"), 3, 10).size());
    }

    @Test
    void aSnippetFollowsTheBodyWhenItChangesBetweenTwoSearches() {
        long id = save("https://a.example/1", "Harbour news", "The old ferry timetable stays.", null,
                "2025-01-02T00:00:00Z", List.of());
        String first = store.list(QueryParser.parse("ferry", true), 0, 10).get(0).snippet();
        assertTrue(first.contains("old"), first);
        // the same words again: made from the words kept of the last search
        assertEquals(first, store.list(QueryParser.parse("ferr", true), 0, 10).get(0).snippet());
        store.updateBody(id, "Harbour news", "<p>A new ferry timetable starts.</p>", "A new ferry timetable starts.", 5);
        String second = store.list(QueryParser.parse("ferry", true), 0, 10).get(0).snippet();
        assertTrue(second.contains("new") && !second.contains("old"), second);
    }
}
