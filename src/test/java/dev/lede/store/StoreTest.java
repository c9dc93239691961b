package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.query.QueryParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreTest extends WithStore {
    static Article article(String url, String title, String text, long savedSeconds, String... tags) {
        return new Article(0, url, null, title, null, null, null, null, Instant.ofEpochSecond(savedSeconds),
                text.split(" ").length, null, null, "<p>" + text + "</p>", text, false, false, 0, List.of(tags));
    }

    long insert(String title, String text, long saved, String... tags) {
        String url = "https://example.com/" + title.replace(' ', '-');
        return store.insert(article(url, title, text, saved, tags), url, null, "example.com");
    }

    List<Long> ids(String query) {
        return store.list(QueryParser.parse(query), 0, 100).stream().map(ArticleSummary::id).toList();
    }

    /** FTS5's own check that the index matches the bodies; throws when it does not. */
    private void assertIndexIntact() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
             var s = c.createStatement()) {
            Store.defineFunctions(c);
            s.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void articlesSavedChangedAndDeletedInOneTransactionAreSearchedAsTheyEnded() throws Exception {
        long[] ids = new long[3];
        store.inOneTransaction(() -> {
            // Until the batch commits, its bodies are not indexed yet: deleting and changing
            // one of them meanwhile must still leave the index right.
            ids[1] = insert("Night trains", "Sleeper trains return to Vienna.", 200);
            ids[2] = insert("Tram works", "Tram works close the bridge.", 300);
            store.delete(ids[2]);
            ids[0] = insert("Ferry fares rise", "Harbour ferry fares will rise in April.", 100);
            store.updateBody(ids[0], "Ferry fares fall", "<p>Lagoon boats will cost less.</p>",
                    "Lagoon boats will cost less.", 5);
            return null;
        });

        assertEquals(List.of(ids[0]), ids("lagoon"));
        assertEquals(List.of(), ids("harbour"));
        assertEquals(List.of(ids[0]), ids("fall")); // the new title
        assertEquals(List.of(), ids("rise")); // the old one
        assertEquals(List.of(ids[1]), ids("vienna"));
        assertEquals(List.of(), ids("bridge"));
        assertIndexIntact();
    }

    @Test
    void textBeyondAsciiIsIndexedSnippedAndTakenOutAgain() throws Exception {
        // The index reads bodies as UTF-8 bytes (lede_text); what it adds and removes must match.
        long kept = insert("Caf\u00e9 culture", "Das Stra\u00dfencaf\u00e9 \u00f6ffnet. \u6771\u4eac \ud83d\ude8b tram.", 100);
        long gone = insert("Z\u00fcrich trams", "Z\u00fcrich \u00f6ffnet neue Linien \ud83d\ude8b.", 200);
        String snippet = store.list(QueryParser.parse("stra\u00dfencaf\u00e9"), 0, 10).get(0).snippet();
        assertTrue(snippet.contains(ArticleSummary.HIT_START + "Stra\u00dfencaf\u00e9" + ArticleSummary.HIT_END), snippet);
        assertEquals(List.of(gone, kept), ids("offnet"));
        store.delete(gone);
        assertEquals(List.of(kept), ids("offnet"));
        assertEquals(List.of(), ids("linien"));
        assertIndexIntact();
    }

    @Test
    void aFailedTransactionLeavesNothingInTheIndex() {
        try {
            store.inOneTransaction(() -> {
                insert("Ferry fares rise", "Harbour ferry fares will rise in April.", 100);
                throw new IllegalStateException("stop");
            });
        } catch (IllegalStateException expected) {
            // the batch rolled back
        }
        long id = insert("Night trains", "Sleeper trains return to Vienna.", 200);

        assertEquals(List.of(), ids("harbour"));
        assertEquals(List.of(id), ids("vienna"));
    }

    @Test
    void insertedArticleReadsBackWithItsTags() {
        long id = insert("Ferry fares rise", "Harbour ferry fares will rise in April.", 100, "transit", "city");
        Article a = store.get(id).orElseThrow();
        assertEquals("Ferry fares rise", a.title());
        assertEquals("Harbour ferry fares will rise in April.", a.text());
        assertEquals(List.of("city", "transit"), a.tags());
        assertEquals(Instant.ofEpochSecond(100), a.saved());
    }

    @Test
    void bodyIsStoredDeflatedAndReadsBackUnchanged() throws Exception {
        String text = "Café «crème» 🚆 日本\n\n" + "The harbour ferry runs every hour, all year. ".repeat(200);
        String html = "<h2>Café «crème» 🚆 日本</h2>" + "<p>The harbour ferry runs every hour, all year.</p>".repeat(200);
        Article in = new Article(0, "https://example.com/x", null, "Ferries", null, null, null, null,
                Instant.ofEpochSecond(5), 1600, null, null, html, text, false, false, 0, List.of());
        long id = store.insert(in, "example.com/x", null, "example.com");
        Article out = store.get(id).orElseThrow();
        assertEquals(html, out.html());
        assertEquals(text, out.text());
        assertEquals(text.length(), store.stats().textChars());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lede.db"));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT typeof(body), length(body) FROM article_bodies WHERE id = " + id)) {
            rs.next();
            assertEquals("blob", rs.getString(1));
            assertTrue(rs.getInt(2) < text.length() / 10, "stored " + rs.getInt(2) + " bytes");
        }
    }

    @Test
    void anEmptyBodyReadsBackEmpty() {
        Article in = new Article(0, "https://example.com/e", null, "Empty", null, null, null, null,
                Instant.ofEpochSecond(5), 0, null, null, "", "", false, false, 0, List.of());
        long id = store.insert(in, "example.com/e", null, "example.com");
        assertEquals("", store.get(id).orElseThrow().html());
        assertEquals("", store.get(id).orElseThrow().text());
    }

    @Test
    void replacedBodyReadsBackAndIsSearchedInstead() {
        long id = insert("Story", "about zebras", 100);
        store.updateBody(id, "Story", "<p>about giraffes</p>", "about giraffes", 2);
        assertEquals("<p>about giraffes</p>", store.get(id).orElseThrow().html());
        assertEquals(List.of(id), ids("giraffes"));
        assertEquals(List.of(), ids("zebras"));
    }

    @Test
    void keysetPagingReturnsTheSameRowsAsOffsetPaging() {
        for (int i = 0; i < 47; i++) {
            long id = insert("Story " + i, "text " + i, 100 + i / 3); // ties in saved time
            if (i % 4 == 0) {
                store.setRead(id, true);
            }
        }
        for (String text : List.of("", "is:unread", "-is:unread -text")) {
            Query q = QueryParser.parse(text);
            List<Long> byOffset = store.list(q, 0, 1000).stream().map(ArticleSummary::id).toList();
            List<Long> down = new java.util.ArrayList<>();
            ArticleSummary last = null;
            while (true) {
                List<ArticleSummary> page = store.listAfter(q, last, 5);
                if (page.isEmpty()) {
                    break;
                }
                page.forEach(a -> down.add(a.id()));
                last = page.get(page.size() - 1);
            }
            assertEquals(byOffset, down, text);
            List<Long> up = new java.util.ArrayList<>();
            ArticleSummary first = null;
            while (true) {
                List<ArticleSummary> page = store.listBefore(q, first, 5);
                if (page.isEmpty()) {
                    break;
                }
                up.addAll(0, page.stream().map(ArticleSummary::id).toList());
                first = page.get(0);
            }
            assertEquals(byOffset, up, text);
            if (byOffset.size() > 13) {
                assertEquals(byOffset.subList(10, 13), store.list(q, 10, 3).stream().map(ArticleSummary::id).toList());
                assertEquals(byOffset.subList(byOffset.size() - 3, byOffset.size()),
                        store.listBefore(q, null, 3).stream().map(ArticleSummary::id).toList());
            }
        }
    }

    @Test
    void listIsNewestSavedFirst() {
        long old = insert("Old story", "first", 100);
        long recent = insert("New story", "second", 200);
        assertEquals(List.of(recent, old), ids(""));
    }

    @Test
    void searchFindsWordsInTitleAndBody() {
        long ferry = insert("Ferry fares rise", "The operator announced it on Monday.", 100);
        long bikes = insert("Bike lanes", "The ferry terminal gets bike parking.", 200);
        insert("Weather", "Rain all week.", 300);
        assertEquals(List.of(ferry, bikes), ids("ferry"));
    }

    @Test
    void updatedTextIsWhatSearchFinds() {
        long id = insert("Story", "about elephants", 100);
        store.updateBody(id, "Story", "<p>about giraffes</p>", "about giraffes", 2);
        assertEquals(List.of(), ids("elephants"));
        assertEquals(List.of(id), ids("giraffes"));
    }

    @Test
    void deletedArticleLeavesTheSearchIndex() {
        long id = insert("Story", "about elephants", 100);
        assertEquals(List.of(id), ids("elephants"));
        assertTrue(store.delete(id).isPresent());
        assertEquals(List.of(), ids("elephants"));
        assertEquals(0, store.count(Query.ALL));
    }

    @Test
    void deletingRemovesTagsNoArticleUsesAnyMore() {
        long id = insert("Story", "text", 100, "lonely");
        store.delete(id);
        assertTrue(store.tagCounts().isEmpty());
    }

    @Test
    void restoredArticleKeepsItsIdStateAndTags() {
        long id = insert("Story", "about elephants", 100, "zoo");
        store.setBookmarked(id, true);
        Article deleted = store.delete(id).orElseThrow();
        store.insert(deleted, deleted.url(), null, "example.com");
        Article back = store.get(id).orElseThrow();
        assertTrue(back.bookmarked());
        assertEquals(List.of("zoo"), back.tags());
        assertEquals(List.of(id), ids("elephants"));
    }

    @Test
    void tagsAreCaseInsensitiveAndRemovable() {
        long id = insert("Story", "text", 100, "city");
        store.addTags(id, List.of("City", "transit"));
        assertEquals(List.of("city", "transit"), store.get(id).orElseThrow().tags());
        store.removeTags(id, List.of("CITY"));
        assertEquals(List.of("transit"), store.get(id).orElseThrow().tags());
    }

    @Test
    void changesToAMissingArticleReportFalse() {
        assertFalse(store.setBookmarked(42, true));
        assertFalse(store.setRead(42, true));
        assertFalse(store.addTags(42, List.of("x")));
        assertTrue(store.delete(42).isEmpty());
    }

    @Test
    void filtersCombineWithText() {
        long a = insert("Bike lanes approved", "council vote", 100, "city");
        long b = insert("Bike sales", "shops report", 200);
        store.setBookmarked(b, true);
        store.setRead(a, true);
        assertEquals(List.of(a), ids("bike tag:city"));
        assertEquals(List.of(b), ids("bike -tag:city"));
        assertEquals(List.of(b), ids("is:bookmarked"));
        assertEquals(List.of(b), ids("bike is:unread"));
        assertEquals(List.of(a), ids("is:read"));
        assertEquals(List.of(a), ids("bike -shops"));
    }

    @Test
    void siteFilterMatchesSubdomainsButNotLookalikes() {
        long news = store.insert(article("https://news.example.com/a", "A", "text", 100), "k1", null, "news.example.com");
        long plain = store.insert(article("https://example.com/b", "B", "text", 200), "k2", null, "example.com");
        store.insert(article("https://badexample.com/c", "C", "text", 300), "k3", null, "badexample.com");
        assertEquals(List.of(plain, news), ids("site:example.com"));
    }

    @Test
    void ftsSyntaxInUserInputIsMatchedAsText() {
        insert("Story", "plain words here", 100);
        for (String hostile : List.of("foo\"", "AND OR", "NEAR(", "a:b", "*", "bar)", "\"unbalanced", "-", "NOT")) {
            ids(hostile); // must not throw
        }
    }

    @Test
    void findsDuplicatesByUrlKeyOrCanonicalKey() {
        long id = store.insert(article("https://example.com/a?utm_source=x", "A", "text", 100),
                "https://example.com/a", "https://example.com/canonical", "example.com");
        assertEquals(id, store.findByKey("https://example.com/a", null).getAsLong());
        assertEquals(id, store.findByKey("https://example.com/other", "https://example.com/canonical").getAsLong());
        assertEquals(id, store.findByKey("https://example.com/canonical", null).getAsLong());
        assertTrue(store.findByKey("https://example.com/other", null).isEmpty());
    }
}
