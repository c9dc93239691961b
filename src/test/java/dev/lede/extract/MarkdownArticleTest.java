package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

class MarkdownArticleTest {
    private static final String NOTE = """
            # Setting up the ferry timetable

            The harbour office publishes the **new timetable** every spring, and the *summer* boats
            run more often. Read [the announcement](https://harbour.example/news) for the details.

            ```sh
            curl -s https://harbour.example/timetable.csv | head -3
            # a comment, not a heading
            ```

            - Boats leave every 20 minutes
            - Night boats on Fridays

            More details followed later in the afternoon, officials said on Tuesday.
            """;

    @Test
    void fencedCodeStaysCodeLinksAreLinksAndEmphasisIsNotRaw() {
        ExtractedArticle a = MarkdownArticle.parse(NOTE, "file:///notes/ferry.md");
        assertEquals("Setting up the ferry timetable", a.title());
        assertTrue(a.html().contains("<strong>new timetable</strong>"), a.html());
        assertTrue(a.html().contains("<em>summer</em>"), a.html());
        assertTrue(a.html().contains("<a href=\"https://harbour.example/news\">the announcement</a>"), a.html());
        assertTrue(a.html().contains("<pre><code>curl -s https://harbour.example/timetable.csv | head -3\n# a comment, not a heading"),
                a.html());
        assertTrue(a.html().contains("<li>Boats leave every 20 minutes</li>"), a.html());
        assertFalse(a.text().contains("**"), a.text());
        assertFalse(a.html().contains("<h1>"), a.html());
    }

    @Test
    void frontMatterGivesTheTitleAndIsNotShown() {
        ExtractedArticle a = MarkdownArticle.parse("---\ntitle: \"Ferry: the \\\"new\\\" timetable\"\ntags: [\"a\"]\n---\n\n"
                + NOTE.replace("# Setting up the ferry timetable\n", ""), "file:///notes/ferry.md");
        assertEquals("Ferry: the \"new\" timetable", a.title());
        assertFalse(a.text().contains("tags:"), a.text());
    }
}
