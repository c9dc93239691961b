package dev.lede.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ItemIdsTest {
    @Test
    void readsBothSpellingsOfTheSameId() {
        assertEquals(1795978114111305L, ItemIds.parse("tag:google.com,2005:reader/item/0006616ebd841749"));
        assertEquals(1795978114111305L, ItemIds.parse("1795978114111305"));
    }

    @Test
    void writesTheTagWithSixteenHexDigits() {
        assertEquals("tag:google.com,2005:reader/item/0006616ebd841749", ItemIds.tag(1795978114111305L));
        assertEquals(-5L, ItemIds.parse(ItemIds.tag(-5L)));
    }

    @Test
    void refusesAnythingElse() {
        assertThrows(IllegalArgumentException.class, () -> ItemIds.parse("feed/12"));
    }
}
