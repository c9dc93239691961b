package dev.lede.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Query;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    @Test
    void onlyAQueryWithoutConditionsMatchesAll() {
        assertTrue(Query.ALL.matchesAll());
        assertTrue(QueryParser.parse("   ").matchesAll());
        for (String text : List.of("bike", "\"bike lanes\"", "-parking", "tag:city", "-tag:city", "is:bookmarked",
                "is:unread", "site:example.com", "after:2024-01-01", "before:2024-01-01")) {
            Query q = QueryParser.parse(text);
            assertFalse(q.matchesAll(), text);
            assertFalse(q.equals(Query.ALL), text);
        }
    }

    @Test
    void freeWordsAllMustMatch() {
        assertEquals(List.of("bike", "lanes"), QueryParser.parse("bike  lanes").words());
    }

    @Test
    void quotedTextIsAnExactPhrase() {
        Query q = QueryParser.parse("council \"bike lanes\" vote");
        assertEquals(List.of("bike lanes"), q.phrases());
        assertEquals(List.of("council", "vote"), q.words());
    }

    @Test
    void unbalancedQuoteRunsToTheEnd() {
        assertEquals(List.of("bike lanes"), QueryParser.parse("\"bike lanes").phrases());
    }

    @Test
    void minusExcludesAWordOrAPhrase() {
        Query q = QueryParser.parse("lanes -parking -\"car park\"");
        assertEquals(List.of("lanes"), q.words());
        assertEquals(List.of("parking", "car park"), q.excludedWords());
    }

    @Test
    void tagAndNegatedTagAreFilters() {
        Query q = QueryParser.parse("tag:City -tag:#done");
        assertEquals(List.of("city"), q.tags());
        assertEquals(List.of("done"), q.excludedTags());
        assertTrue(q.words().isEmpty());
    }

    @Test
    void isFiltersSetStates() {
        Query q = QueryParser.parse("is:bookmarked is:unread");
        assertEquals(Boolean.TRUE, q.bookmarked());
        assertEquals(Boolean.FALSE, q.read());
        assertEquals(Boolean.TRUE, QueryParser.parse("is:read").read());
        assertEquals(Boolean.FALSE, QueryParser.parse("-is:bookmarked").bookmarked());
    }

    @Test
    void siteKeepsTheHostOnly() {
        assertEquals(List.of("example.com"), QueryParser.parse("site:https://www.Example.com/news?x=1").sites());
    }

    @Test
    void datesTakeDaysMonthsAndYears() {
        Query q = QueryParser.parse("after:2025-01 before:2025");
        assertEquals(LocalDate.of(2025, 1, 1), q.after());
        assertEquals(LocalDate.of(2025, 12, 31), q.before());
        assertEquals(LocalDate.of(2024, 2, 29), QueryParser.parse("before:2024-02").before());
    }

    @Test
    void filtersCombineWithText() {
        Query q = QueryParser.parse("bike tag:city is:unread site:example.com after:2025-01-01 \"exact phrase\"");
        assertEquals(List.of("bike"), q.words());
        assertEquals(List.of("exact phrase"), q.phrases());
        assertEquals(List.of("city"), q.tags());
        assertEquals(List.of("example.com"), q.sites());
        assertEquals(Boolean.FALSE, q.read());
        assertEquals(LocalDate.of(2025, 1, 1), q.after());
    }

    @Test
    void asYouTypeMakesTheLastWordAPrefix() {
        assertTrue(QueryParser.parse("bike la", true).prefixLast());
        assertFalse(QueryParser.parse("bike la ", true).prefixLast());
        assertFalse(QueryParser.parse("bike la", false).prefixLast());
        assertFalse(QueryParser.parse("bike \"la\"", true).prefixLast());
    }

    @Test
    void aTrailingStarMakesTheLastWordAPrefix() {
        Query q = QueryParser.parse("bike lan*");
        assertEquals(List.of("bike", "lan"), q.words());
        assertTrue(q.prefixLast());
    }

    @Test
    void ftsSyntaxIsPlainText() {
        assertEquals(List.of("foo\""), QueryParser.parse("foo\"").words().subList(0, 1));
        assertEquals(List.of("AND", "OR"), QueryParser.parse("AND OR").words());
        assertEquals(List.of("NEAR("), QueryParser.parse("NEAR(").words());
        assertEquals(List.of("a:b"), QueryParser.parse("a:b").words());
    }

    @Test
    void inputWithoutLettersOrDigitsIsIgnored() {
        Query q = QueryParser.parse("* ( ) - \"\" -- :");
        assertTrue(q.words().isEmpty());
        assertTrue(q.phrases().isEmpty());
        assertFalse(q.hasText());
    }

    @Test
    void nullAndBlankInputMatchEverything() {
        assertEquals(Query.ALL, QueryParser.parse(null));
        assertEquals(Query.ALL, QueryParser.parse("   "));
    }

    @Test
    void unknownStateIsAnErrorNamingIt() {
        QueryException e = assertThrows(QueryException.class, () -> QueryParser.parse("is:starry"));
        assertTrue(e.getMessage().contains("is:starry"), e.getMessage());
    }

    @Test
    void emptyFilterIsAnErrorNamingIt() {
        for (String input : List.of("tag:", "site:", "after:", "is:", "tag:#")) {
            QueryException e = assertThrows(QueryException.class, () -> QueryParser.parse(input), input);
            assertTrue(e.getMessage().contains(input), e.getMessage());
        }
    }

    @Test
    void badDateIsAnErrorNamingIt() {
        QueryException e = assertThrows(QueryException.class, () -> QueryParser.parse("after:2025-13-01"));
        assertTrue(e.getMessage().contains("after:2025-13-01"), e.getMessage());
        assertThrows(QueryException.class, () -> QueryParser.parse("before:yesterday"));
    }

    @Test
    void afterLaterThanBeforeIsAnError() {
        assertThrows(QueryException.class, () -> QueryParser.parse("after:2025-06-01 before:2025-01-01"));
    }

    @Test
    void negatedSiteIsAnErrorNamingIt() {
        QueryException e = assertThrows(QueryException.class, () -> QueryParser.parse("-site:example.com"));
        assertTrue(e.getMessage().contains("-site:example.com"), e.getMessage());
    }

    @Test
    void unknownKeysAreWords() {
        assertEquals(List.of("http://example.com", "note:x"), QueryParser.parse("http://example.com note:x").words());
    }

    @Test
    void nullStatesMeanEither() {
        Query q = QueryParser.parse("bike");
        assertNull(q.bookmarked());
        assertNull(q.read());
    }
}
