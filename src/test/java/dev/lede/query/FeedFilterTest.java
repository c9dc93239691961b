package dev.lede.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.model.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFilterTest {
    @Test
    void feedTakesAnIdOrANameQuotedWhenItHasSpaces() {
        Query q = QueryParser.parse("lanes feed:12 feed:\"Hacker News\" feed:Lobsters is:unread");
        assertEquals(List.of("12", "Hacker News", "Lobsters"), q.feeds());
        assertEquals(List.of("lanes"), q.words());
        assertEquals(Boolean.FALSE, q.read());
        assertFalse(q.matchesAll());
    }

    @Test
    void anEmptyOrNegatedFeedFilterIsAnError() {
        assertThrows(QueryException.class, () -> QueryParser.parse("feed:"));
        assertThrows(QueryException.class, () -> QueryParser.parse("feed:\"\""));
        assertThrows(QueryException.class, () -> QueryParser.parse("-feed:3"));
    }
}
