package dev.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * A story: every saved article about one event, oldest first.
 *
 * @param id       the story's id (the id of its first saved article)
 * @param title    the title of its most central article
 * @param articles its articles, oldest first (by published date, else saved time)
 * @param first    when its first article appeared (ISO 8601: the published date as given, else the saved time)
 * @param last     when its latest article appeared, as {@code first}
 */
public record Story(long id, String title, List<ArticleSummary> articles, String first, String last) {
    public Story {
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
    }
}
