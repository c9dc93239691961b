package dev.lede.tui;

import dev.lede.model.Highlight;
import dev.lede.render.Line;
import dev.lede.render.LineText;
import java.util.List;

/**
 * Sentences of the article in the reader being selected to highlight: from the sentence
 * {@code anchor} to the sentence {@code cursor} (either may come first), which j and k move.
 *
 * @param body       the article's lines without the selection shown (the saved highlights marked)
 * @param list       the list of saved highlights the reader shows under the body
 * @param text       the words of the body, where sentences and quotes are found
 * @param sentences  the sentences of {@code text}, in reading order
 * @param highlights the article's saved highlights
 */
record Selection(List<Line> body, List<Line> list, LineText text, List<LineText.Span> sentences, int anchor, int cursor,
                 List<Highlight> highlights) {

    Selection {
        body = List.copyOf(body);
        list = List.copyOf(list);
        sentences = List.copyOf(sentences);
        highlights = List.copyOf(highlights);
    }

    /** The selection with its moving end on sentence {@code cursor}, kept within the article. */
    Selection movedTo(int cursor) {
        return between(anchor, cursor);
    }

    /** The selection from sentence {@code anchor} to sentence {@code cursor}, both kept within the article. */
    Selection between(int anchor, int cursor) {
        return new Selection(body, list, text, sentences, within(anchor), within(cursor), highlights);
    }

    private int within(int sentence) {
        return Math.max(0, Math.min(sentence, sentences.size() - 1));
    }

    /** How many sentences are selected. */
    int size() {
        return Math.abs(cursor - anchor) + 1;
    }

    /** The selected passage in {@link #text}. */
    LineText.Span span() {
        return new LineText.Span(sentences.get(Math.min(anchor, cursor)).start(), sentences.get(Math.max(anchor, cursor)).end());
    }

    /** The selected words, as a highlight quotes them. */
    String quote() {
        LineText.Span span = span();
        return text.text().substring(span.start(), span.end());
    }

    /** The first and the last line of sentence {@code cursor}: what must be on screen. */
    int[] cursorLines() {
        LineText.Span s = sentences.get(cursor);
        return new int[] {text.line(s.start()), text.line(s.end() - 1)};
    }

    /** The reader's lines: the body with {@code marked} in it, then the list of highlights. */
    List<Line> lines(List<Line> marked) {
        List<Line> lines = new java.util.ArrayList<>(marked);
        lines.addAll(list);
        return lines;
    }

    /** The saved highlights the selection touches. */
    List<Highlight> touched() {
        LineText.Span span = span();
        return highlights.stream().filter(h -> {
            LineText.Span at = text.find(h.quote());
            return at != null && at.overlaps(span);
        }).toList();
    }
}
