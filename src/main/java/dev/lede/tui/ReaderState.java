package dev.lede.tui;

import dev.lede.model.Article;
import dev.lede.render.Line;
import java.util.List;

/**
 * The reader: the article, its lines laid out at {@code width}, the first line shown, and the
 * find in progress ({@code find} empty when none; {@code hits} are line numbers).
 */
public record ReaderState(Article article, List<Line> lines, List<String> links, int width, int top,
                          String find, List<Integer> hits) {
    public ReaderState {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
        hits = List.copyOf(hits);
    }

    public ReaderState withTop(int top) {
        return new ReaderState(article, lines, links, width, top, find, hits);
    }

    public ReaderState withArticle(Article article) {
        return new ReaderState(article, lines, links, width, top, find, hits);
    }

    public ReaderState withFind(String find, List<Integer> hits, int top) {
        return new ReaderState(article, lines, links, width, top, find, hits);
    }
}
