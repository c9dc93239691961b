package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.render.Line;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles laid out ahead of Enter: kept per article and width, never served for another text. */
class ArticleLayoutsTest {
    @TempDir
    Path dir;

    private static final String BODY = "<p>The harbour ferry fares rise in April, the council said on Monday,"
            + " after a long debate about the budget and the new riverside bike lanes.</p>";

    /** Background work run at once, as the reader's tests run it. */
    private static final Effects DIRECT = new Effects() {
        @Override
        public void write(Supplier<Msg> work) {
            work.get();
        }

        @Override
        public void background(Supplier<Msg> work) {
            work.get();
        }

        @Override
        public void post(Msg msg) {
        }
    };

    @Test
    void anArticlePreparedAheadIsTheLayoutEnterGets() {
        try (Harness h = new Harness(dir, 80, 24)) {
            long id = h.add("ferry", "Harbour ferry fares to rise", BODY);
            ArticleLayouts layouts = new ArticleLayouts(h.library, DIRECT);
            layouts.prepare(id, 40);
            Article a = h.library.get(id).orElseThrow();
            ArticleLayouts.Laid ahead = layouts.of(a, 40);
            assertSame(ahead, layouts.of(a, 40));
            assertTrue(text(ahead).contains("harbour ferry fares"), text(ahead));
            for (Line line : ahead.lines()) {
                assertTrue(line.width() <= 40, line.text());
            }
        }
    }

    @Test
    void anotherWidthOrAnotherTextIsLaidOutAgain() {
        try (Harness h = new Harness(dir, 80, 24)) {
            long id = h.add("ferry", "Harbour ferry fares to rise", BODY);
            ArticleLayouts layouts = new ArticleLayouts(h.library, DIRECT);
            Article a = h.library.get(id).orElseThrow();
            ArticleLayouts.Laid wide = layouts.of(a, 60);
            ArticleLayouts.Laid narrow = layouts.of(a, 30);
            assertNotSame(wide, narrow);
            assertTrue(narrow.lines().size() > wide.lines().size());
            Article fetchedAgain = new Article(a.id(), a.url(), a.canonicalUrl(), a.title(), a.byline(), a.site(),
                    a.language(), a.published(), a.saved(), a.words(), a.excerpt(), a.leadImage(),
                    "<p>The page fetched again says something else.</p>", a.text(), a.read(), a.bookmarked(),
                    a.position(), a.tags());
            String again = text(layouts.of(fetchedAgain, 60));
            assertTrue(again.contains("something else"), again);
            assertFalse(again.contains("harbour"), again);
        }
    }

    @Test
    void preparingAnArticleThatIsGoneDoesNothing() {
        try (Harness h = new Harness(dir, 80, 24)) {
            ArticleLayouts layouts = new ArticleLayouts(h.library, DIRECT);
            assertFalse(layouts.prepareNow(12345, 40));
            layouts.prepare(12345, 40); // no exception, no message
        }
    }

    @Test
    void theArticleUnderTheCursorIsLaidOutOnlyOnceTheKeysRestAndEnterFindsIt() {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("ferry", "Harbour ferry fares to rise", BODY);
            h.add("lanes", "Council approves riverside bike lanes", BODY.replace("ferry", "lane"));
            h.add("market", "Night market moves to the quay", BODY.replace("ferry", "market"));
            h.start();
            ArticleLayouts layouts = h.app.layouts();
            h.press("j");
            h.press("j");
            // a quick run down the list lays nothing out on the way
            assertEquals(0, layouts.made());
            // a pause: one article is laid out, the one under the cursor, which Enter finds laid out
            h.rest();
            assertEquals(1, layouts.made());
            h.press("Enter");
            assertTrue(h.row(0).contains("Harbour ferry fares to rise"), h.text());
            assertEquals(1, layouts.made());
        }
    }

    @Test
    void aKeyBeforeThePauseEndsDropsTheWorkOfTheFrameBefore() {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("ferry", "Harbour ferry fares to rise", BODY);
            h.add("lanes", "Council approves riverside bike lanes", BODY.replace("ferry", "lane"));
            h.start();
            ArticleLayouts layouts = h.app.layouts();
            h.press("j", "k");
            h.rest();
            // the oldest's layout, asked for by j, was dropped at k: the one made is the newest's
            assertEquals(1, layouts.made());
            h.press("Enter");
            assertTrue(h.row(0).contains("Council approves riverside bike lanes"), h.text());
            assertEquals(1, layouts.made());
        }
    }

    private static String text(ArticleLayouts.Laid laid) {
        StringBuilder out = new StringBuilder();
        laid.lines().forEach(l -> out.append(l.text()).append(' '));
        return out.toString().replaceAll("\\s+", " ");
    }
}
