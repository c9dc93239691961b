package dev.lede.tui;

import dev.lede.model.Article;
import dev.lede.model.Highlight;
import dev.lede.render.ArticleText;
import dev.lede.render.HighlightMarks;
import dev.lede.render.Layout;
import dev.lede.render.Line;
import dev.lede.render.LineText;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Making and removing highlights in the reader, by sentence: the highlight key selects the
 * sentence at the top of the screen (or at the find's hit), j and k move the selection's end
 * a sentence at a time, Enter asks for an optional note and saves, d removes the saved
 * highlights the selection touches, Esc leaves it. Saved highlights go to the library like
 * imported ones, so they are marked, listed by {@code lede show} and exported alike.
 */
final class HighlightSelection {
    private final Screens screens;

    HighlightSelection(Screens screens) {
        this.screens = screens;
    }

    /** Starts selecting at the first sentence on screen, or at the find's current hit when it is on screen. */
    Model start(Model m) {
        ReaderState r = m.reader();
        LineText text = LineText.of(r.lines());
        List<LineText.Span> sentences = text.sentences();
        if (sentences.isEmpty()) {
            return m.status("this article has no text to highlight");
        }
        int line = r.top();
        int column = 0;
        if (r.current() >= 0) {
            ReaderState.Hit hit = r.hits().get(r.current());
            if (hit.line() >= r.top() && hit.line() < r.top() + m.readerHeight()) {
                line = hit.line();
                column = hit.start();
            }
        }
        int first = firstAt(text, sentences, line, column);
        Selection selection = new Selection(r.lines(), text, sentences, first, first,
                screens.library.highlights(r.article().id()));
        return show(m, selection);
    }

    /**
     * The first sentence that starts at or after line {@code line} (the one holding column
     * {@code column} of it, for a find's hit); the last sentence when none does.
     */
    private static int firstAt(LineText text, List<LineText.Span> sentences, int line, int column) {
        for (int i = 0; i < sentences.size(); i++) {
            LineText.Span s = sentences.get(i);
            if (column > 0) {
                int lastLine = text.line(s.end() - 1);
                if (lastLine > line || lastLine == line && text.column(s.end() - 1) >= column) {
                    return i;
                }
            } else if (text.line(s.start()) >= line) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    /** What a key does while selecting: every other key leaves the selection as it is. */
    Model act(Model m, Action action, int count) {
        Selection s = m.reader().selection();
        int step = Math.max(1, count);
        switch (action) {
            case DOWN -> {
                return show(m, s.movedTo(s.cursor() + step));
            }
            case UP -> {
                return show(m, s.movedTo(s.cursor() - step));
            }
            case OPEN -> {
                return m.with(b -> b.prompt = Prompt.of(Prompt.Kind.NOTE, "note (Enter saves without one): "));
            }
            case DELETE -> {
                return remove(m);
            }
            case HIGHLIGHT, CANCEL, BACK -> {
                return end(m, s.lines());
            }
            default -> {
                return m.status(hints("selecting"));
            }
        }
    }

    /** The key hints while selecting, after {@code what}. */
    private String hints(String what) {
        KeyMap keys = screens.keys;
        return what + " · " + keys.keyOf(Action.DOWN) + "/" + keys.keyOf(Action.UP) + " more/less  "
                + keys.keyOf(Action.OPEN) + " save  " + keys.keyOf(Action.DELETE) + " remove highlight  "
                + keys.keyOf(Action.CANCEL) + " cancel";
    }

    /** The footer while selecting: how much is selected, and the keys. */
    Line footer(Model m) {
        int n = m.reader().selection().size();
        return Line.of(" " + hints(n + (n == 1 ? " sentence" : " sentences")), Style.BOLD).cut(m.cols());
    }

    /** The reader showing {@code s}, scrolled so that its moving end is on screen. */
    private Model show(Model m, Selection s) {
        ReaderState r = m.reader();
        List<Line> lines = HighlightMarks.mark(s.lines(), s.text(), List.of(s.span()), Style.CURRENT_HIT);
        int[] at = s.cursorLines();
        int height = m.readerHeight();
        int top = r.top();
        if (at[0] < top) {
            top = at[0];
        } else if (at[1] >= top + height) {
            top = Math.min(at[0], at[1] - height + 1);
        }
        int scrolled = top;
        return m.with(b -> b.reader = r.withSelection(lines, s).withTop(scrolled));
    }

    private static Model end(Model m, List<Line> lines) {
        return m.with(b -> b.reader = m.reader().withSelection(lines, null));
    }

    /** Saves the selection as a highlight with {@code note} (the note prompt's Enter; empty for none). */
    Model save(Model m, String note) {
        ReaderState r = m.reader();
        if (r == null || r.selection() == null) {
            return m;
        }
        Selection s = r.selection();
        Article a = r.article();
        String quote = s.quote();
        Highlight h = new Highlight(quote, note, positionIn(a.text(), quote), Instant.now());
        long id = a.id();
        screens.effects.write(() -> screens.library.addHighlights(id, List.of(h)) > 0 ? null
                : new Msg.Status("that passage was highlighted already", false, false));
        List<Line> lines = HighlightMarks.mark(s.lines(), s.text(), List.of(s.span()), Style.HIGHLIGHT);
        return end(m, lines).status("highlighted “" + shortQuote(quote) + "”" + (h.note() == null ? "" : " with a note"));
    }

    /** Removes the saved highlights the selection touches, and shows the article without them. */
    private Model remove(Model m) {
        ReaderState r = m.reader();
        Selection s = r.selection();
        List<Highlight> touched = s.touched();
        if (touched.isEmpty()) {
            return m.status("no highlight in the selection to remove");
        }
        long id = r.article().id();
        screens.effects.write(() -> {
            screens.library.removeHighlights(id, touched);
            return null;
        });
        List<Highlight> kept = new ArrayList<>(s.highlights());
        kept.removeAll(touched);
        List<Line> lines = HighlightMarks.mark(Layout.body(ArticleText.document(r.article()), r.width()), kept);
        String what = touched.size() == 1 ? "highlight “" + shortQuote(touched.get(0).quote()) + "”"
                : touched.size() + " highlights";
        return end(m, lines).status("removed " + what);
    }

    /** The start of a quote for the status line. */
    private static String shortQuote(String quote) {
        String clean = TerminalText.clean(quote);
        return clean.length() <= 40 ? clean : clean.substring(0, 39).stripTrailing() + "…";
    }

    /**
     * Where {@code quote} starts in the article's plain text (its spaces matched loosely), or
     * -1: the position exports and {@code lede show} order highlights by.
     */
    static int positionIn(String text, String quote) {
        if (text == null || quote.isBlank()) {
            return -1;
        }
        String[] words = quote.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(word));
        }
        Matcher matcher = Pattern.compile(regex.toString()).matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }
}
