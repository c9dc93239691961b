package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void countsAsciiOneColumnEach() {
        assertEquals(5, DisplayWidth.of("hello"));
    }

    @Test
    void countsCjkAndFullwidthTwoColumnsEach() {
        assertEquals(8, DisplayWidth.of("中文한국"));
        assertEquals(2, DisplayWidth.of("Ａ"));
    }

    @Test
    void countsEmojiTwoColumnsInAndOutsideTheBasicPlane() {
        assertEquals(2, DisplayWidth.of("🚲"));
        assertEquals(2, DisplayWidth.of("☕"));
        assertEquals(2, DisplayWidth.of("✅"));
    }

    @Test
    void countsCombiningMarksAsNothing() {
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(3, DisplayWidth.of("n\u0303an\u0303"));
    }

    @Test
    void countsAFlagAsOneTwoColumnPicture() {
        assertEquals(2, DisplayWidth.of("🇫🇷"));
    }

    @Test
    void textBelowCombiningMarksIsAlreadyNormalizedWhateverTheOrder() {
        // normalize() returns such text as it is, without the normalizer: no code point below
        // U+0300 changes under NFC, alone or beside any other (none composes with another).
        for (char a = 0; a < 0x300; a++) {
            String one = String.valueOf(a);
            assertEquals(one, java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFC));
            for (char b = 0; b < 0x300; b++) {
                String two = new String(new char[] {a, b});
                if (!java.text.Normalizer.isNormalized(two, java.text.Normalizer.Form.NFC)) {
                    throw new AssertionError("not NFC: U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
        String latin = "Café · Zürich, naïve - 5m";
        org.junit.jupiter.api.Assertions.assertSame(latin, DisplayWidth.normalize(latin));
    }

    @Test
    void normalizeComposesAndDropsVariationSelectorsJoinersAndSkinTones() {
        assertEquals("é", DisplayWidth.normalize("e\u0301"));
        assertEquals("❤", DisplayWidth.normalize("❤\uFE0F"));
        assertEquals("👍", DisplayWidth.normalize("👍🏽"));
        assertEquals("👨👩👧", DisplayWidth.normalize("👨\u200D👩\u200D👧"));
    }

    @Test
    void cutEndsInAnEllipsisAndNeverSplitsAWideCharacter() {
        assertEquals("hel…", DisplayWidth.cut("hello world", 4));
        assertEquals("中…", DisplayWidth.cut("中文字", 4));
        assertEquals("hello", DisplayWidth.cut("hello", 5));
    }

    @Test
    void fitPadsToTheExactWidth() {
        assertEquals("中 ", DisplayWidth.fit("中", 3));
        assertEquals(6, DisplayWidth.of(DisplayWidth.fit("中文字符", 6)));
    }

    @Test
    void takeKeepsACombiningMarkWithTheLetterBeforeIt() {
        assertEquals("n\u0303a", DisplayWidth.take("n\u0303an\u0303o", 2));
        assertEquals("n\u0303an\u0303", DisplayWidth.take("n\u0303an\u0303o", 3));
        assertEquals("ab", DisplayWidth.take("ab中", 3));
    }

    @Test
    void countsLatinTextMixedWithWideTextAndSoftHyphens() {
        assertEquals(9, DisplayWidth.of("café 中文"));
        assertEquals(4, DisplayWidth.of("co\u00ADop"));
    }
}
