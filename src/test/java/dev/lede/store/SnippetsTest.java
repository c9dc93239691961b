package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.query.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * Snippets as FTS5's snippet(..., 16) makes them (each expected string is what sqlite3's
 * snippet() gives for the same text and query); hits shown as [ and ] here.
 */
class SnippetsTest {

    private static String snip(String query, String text) {
        return show(Snippets.of(QueryParser.parse(query)).of(text));
    }

    private static String show(String snippet) {
        return snippet.replace('\u0002', '[').replace('\u0003', ']');
    }

    @Test
    void aShortTextIsShownWholeWithItsHitsMarked() {
        assertEquals("Sleeper trains to [Vienna] — café «ouvert» 🚆", snip("vienna", "Sleeper trains to Vienna — café «ouvert» 🚆"));
        assertEquals("• The [Council] votes.", snip("council", "• The Council votes."));
    }

    @Test
    void aLongTextIsCutAroundTheHitsWithEllipses() {
        String text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen seventeen eighteen nineteen twenty ferry twentytwo twentythree twentyfour twentyfive"
                + " twentysix twentyseven twentyeight twentynine thirty thirtyone thirtytwo thirtythree";
        assertEquals("…fourteen fifteen sixteen seventeen eighteen nineteen twenty [ferry] twentytwo twentythree"
                + " twentyfour twentyfive twentysix twentyseven twentyeight twentynine…", snip("ferry", text));
        // No hit in the text (the title matched): its first words.
        assertEquals("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen…", snip("tram", text));
    }

    @Test
    void theWindowWithTheMostDifferentTermsWinsAndASentenceStartIsPreferred() {
        String filler = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho. ";
        String text = filler + "Ferry news here. " + filler + "The ferry and the harbour meet today. " + filler;
        assertEquals("…The [ferry] and the [harbour] meet today. alpha beta gamma delta epsilon zeta eta theta iota…",
                snip("ferry harbour", text));
    }

    @Test
    void overlappingTermsAreMarkedAsOneAndEachCounts() {
        assertEquals("I love [new york] city.", snip("new \"new york\"", "I love new york city."));
        String text = "The food and the foo of fools. " + "filler words here and there. ".repeat(6) + "foo again.";
        assertEquals("The [food] and the [foo] of [fools]. filler words here and there. filler words here and…",
                show(Snippets.of(QueryParser.parse("foo fo", true)).of(text)));
    }

    @Test
    void accentsTypedApartStayInTheWordAndOtherScriptsKeepTheirs() {
        assertEquals("[S\u0061\u0303o] Paulo votes.", snip("sao", "S\u0061\u0303o Paulo votes."));
        assertEquals("\u039f [\u03a3\u039f\u03a6\u039f\u03a3] \u03ba\u03b1\u03b9 \u03bf \u03c3\u03bf\u03c6\u03cc\u03c2.",
                snip("\u03c3\u03bf\u03c6\u03bf\u03c2", "\u039f \u03a3\u039f\u03a6\u039f\u03a3 \u03ba\u03b1\u03b9 \u03bf \u03c3\u03bf\u03c6\u03cc\u03c2."));
    }

    @Test
    void prefixesPhrasesCaseAndDiacriticsMatchAsTheIndexMatches() {
        assertEquals("[Zürich] and [ZURICH] trams", snip("zurich", "Zürich and ZURICH trams"));
        assertEquals("The [bike lanes] and bike paths", snip("\"bike lanes\"", "The bike lanes and bike paths"));
        assertEquals("[Cyclists] and [cycling] grow", show(Snippets.of(QueryParser.parse("cycl", true))
                .of("Cyclists and cycling grow")));
        assertEquals("A [COVID-19] rule", snip("covid-19", "A COVID-19 rule"));
        assertEquals("", snip("ferry", ""));
    }
}
