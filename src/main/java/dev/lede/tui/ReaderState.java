package dev.lede.tui;

import dev.lede.model.Article;
import dev.lede.render.Line;
import java.util.List;

/**
 * The reader: the article, its lines laid out at {@code width}, the first line shown, and the
 * find in progress ({@code find} empty when none).
 *
 * @param hits      every occurrence of the find, in reading order
 * @param current   the index in {@code hits} of the hit last moved to, or -1
 * @param selection sentences being selected to highlight, or null (see {@link HighlightSelection})
 */
public record ReaderState(Article article, List<Line> lines, List<String> links, int width, int top,
                          String find, List<Hit> hits, int current, Selection selection) {

    /** One occurrence of the find: its line, and where on the line it starts (a char index). */
    public record Hit(int line, int start) {
    }

    public ReaderState {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
        hits = List.copyOf(hits);
    }

    /** The reader with nothing being selected. */
    public ReaderState(Article article, List<Line> lines, List<String> links, int width, int top,
                       String find, List<Hit> hits, int current) {
        this(article, lines, links, width, top, find, hits, current, null);
    }

    public ReaderState withTop(int top) {
        return new ReaderState(article, lines, links, width, top, find, hits, current, selection);
    }

    public ReaderState withArticle(Article article) {
        return new ReaderState(article, lines, links, width, top, find, hits, current, selection);
    }

    public ReaderState withFind(String find, List<Hit> hits, int current) {
        return new ReaderState(article, lines, links, width, top, find, hits, current, selection);
    }

    /** The reader without a find. */
    public ReaderState withoutFind() {
        return withFind("", List.of(), -1);
    }

    /** The reader showing {@code lines}, with {@code selection} in progress (null: none). */
    public ReaderState withSelection(List<Line> lines, Selection selection) {
        return new ReaderState(article, lines, links, width, top, find, hits, current, selection);
    }
}
