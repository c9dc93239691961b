package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ExtractedArticle;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class PlainTextArticleTest {

    @Test
    void firstNonEmptyLineIsTheTitle() {
        ExtractedArticle a = PlainTextArticle.parse("\n\n  Ferry Fares Rise  \n\nFares go up in April.\n");
        assertEquals("Ferry Fares Rise", a.title());
        assertEquals("Fares go up in April.", a.text());
    }

    @Test
    void bodyLineRepeatingTheTitleIsDroppedWhateverItsCaseQuotesOrPunctuation() {
        ExtractedArticle a = PlainTextArticle.parse("""
                Council's "Bike Lanes" Approved
                COUNCIL\u2019S \u201cBIKE LANES\u201d APPROVED!
                The vote was 7-2.
                """);
        assertEquals("The vote was 7-2.", a.text());
    }

    @Test
    void scrapedBoilerplateLinesAreDropped() {
        ExtractedArticle a = PlainTextArticle.parse("""
                Harbour news

                The ferry will run every hour.

                \uD83D\uDC49 Read more: Ferry timetable changes
                Related: Bus fares frozen
                \u2022 You might also like: Ten best beaches
                \u2728 You may also like \u2013 Our newsletter
                Share this:
                Leave a Reply
                Back To Top \u2191
                """);
        assertEquals("The ferry will run every hour.", a.text());
        assertFalse(a.html().contains("Read more"));
    }

    @Test
    void consecutiveLinesJoinIntoOneParagraphAndBlankLinesSeparateParagraphs() {
        ExtractedArticle a = PlainTextArticle.parse("Title\n\nOne line\ncontinues here.\n\nSecond paragraph.\n");
        assertEquals("<p>One line continues here.</p><p>Second paragraph.</p>", a.html());
        assertEquals("One line continues here.\n\nSecond paragraph.", a.text());
    }

    @Test
    void bulletAndNumberedLinesBecomeLists() {
        ExtractedArticle a = PlainTextArticle.parse("Title\n\nWhat changes:\n- fewer spots\n* new signals\n\n1. first\n2) second\n");
        assertEquals("<p>What changes:</p><ul><li>fewer spots</li><li>new signals</li></ul>"
                + "<ol><li>first</li><li>second</li></ol>", a.html());
    }

    @Test
    void shortTitleCaseLinesBecomeHeadingsButSentencesDoNot() {
        ExtractedArticle a = PlainTextArticle.parse("Title\n\nWhat Changes for Drivers\n\nDrivers lose twelve spaces.\n\nIt was a Long Day.\n");
        assertEquals("<h2>What Changes for Drivers</h2><p>Drivers lose twelve spaces.</p><p>It was a Long Day.</p>", a.html());
    }

    @Test
    void markdownHeadingsAreHeadingsAndTheTitle() {
        ExtractedArticle a = PlainTextArticle.parse("# Lanes Approved\n\n## The vote\n\nSeven to two.\n");
        assertEquals("Lanes Approved", a.title());
        assertEquals("<h2>The vote</h2><p>Seven to two.</p>", a.html());
    }

    @Test
    void escapeSequencesAndControlsAreDroppedAndLineEndsBecomeLf() {
        ExtractedArticle a = PlainTextArticle.parse(
                "\uFEFFFerry \u001b[31mfares\u001b[0m\r\n\r\nFares rise\u0007 in April,\rsays the port.\n");
        assertEquals("Ferry fares", a.title());
        assertEquals("Fares rise in April, says the port.", a.text());
        assertFalse(a.html().contains("\u001b"));
    }

    @Test
    void htmlInTextIsEscaped() {
        ExtractedArticle a = PlainTextArticle.parse("Title\n\n<script>alert(1)</script> & more\n");
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>", a.html());
    }

    @Test
    void windows1252BytesDecodeWhenTheyAreNotUtf8() {
        byte[] bytes = "Caf\u00e9 Opens\n\nThe caf\u00e9 serves cr\u00e8me br\u00fbl\u00e9e.\n".getBytes(Charset.forName("windows-1252"));
        ExtractedArticle a = PlainTextArticle.parse(bytes, null);
        assertEquals("Caf\u00e9 Opens", a.title());
        assertEquals("The caf\u00e9 serves cr\u00e8me br\u00fbl\u00e9e.", a.text());
    }

    @Test
    void emptyOrBlankTextHasNoArticle() {
        assertTrue(PlainTextArticle.parse("").isEmpty());
        assertTrue(PlainTextArticle.parse("\n \n\t\n").isEmpty());
    }
}
