package dev.lede.tui;

import dev.lede.model.Article;
import dev.lede.model.Highlight;
import dev.lede.render.HighlightList;
import dev.lede.render.HighlightMarks;
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

    /**
     * The reader's lines of an article: its body laid out at {@code width} (see
     * {@link ArticleLayouts}) with {@code highlights} marked, then the list of them.
     */
    static List<Line> laidOut(List<Line> body, int width, List<Highlight> highlights) {
        List<Line> lines = new ArrayList<>(HighlightMarks.mark(body, highlights));
        lines.addAll(HighlightList.lines(highlights, width));
        return lines;
    }

    /** Starts selecting at the first sentence on screen, or at the find's current hit when it is on screen. */
    Model start(Model m) {
        ReaderState r = m.reader();
        Selection s = selectable(r, screens.library.highlights(r.article().id()));
        if (s == null) {
            return m.status("this article has no text to highlight");
        }
        LineText text = s.text();
        List<LineText.Span> sentences = s.sentences();
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
        return show(m, s.between(first, first));
    }

    /**
     * The reader's article ready to select from, its first sentence selected; null when it has
     * no sentence. What is selected from is the article's text: not its link list, nor the
     * list of {@code saved} highlights under it ({@code r}'s lines end with that list).
     */
    private Selection selectable(ReaderState r, List<Highlight> saved) {
        List<Line> list = HighlightList.lines(saved, r.width());
        List<Line> body = r.lines().subList(0, Math.max(0, r.lines().size() - list.size()));
        int textLines = screens.layouts.of(r.article(), r.width()).textLines();
        LineText text = LineText.of(body.subList(0, Math.min(textLines, body.size())));
        List<LineText.Span> sentences = text.sentences();
        return sentences.isEmpty() ? null : new Selection(body, list, text, sentences, 0, 0, saved);
    }

    /**
     * The reader laid out again at another width (a resize) with {@code old}, the selection it
     * had, selecting the same sentences: each end goes to the sentence holding the letter it
     * started at (letters counted without blanks, which wrapping moves). When the new layout
     * has no text to select, the selection ends and the status line says why.
     */
    Model relaid(Model m, Selection old) {
        Selection s = selectable(m.reader(), old.highlights());
        if (s == null) {
            return m.status("the selection ended: at this width the article has no text to select · "
                    + screens.keys.keyOf(Action.HIGHLIGHT) + " selects again");
        }
        int anchor = sentenceAt(s, letterAt(old, old.anchor()));
        int cursor = sentenceAt(s, letterAt(old, old.cursor()));
        return show(m, s.between(anchor, cursor));
    }

    /** How many letters (non-blank characters) come before sentence {@code i} of {@code s}. */
    private static int letterAt(Selection s, int i) {
        String text = s.text().text();
        int end = s.sentences().get(i).start();
        int letters = 0;
        for (int k = 0; k < end; k++) {
            if (text.charAt(k) != ' ') {
                letters++;
            }
        }
        return letters;
    }

    /** The sentence of {@code s} holding its letter number {@code letter}; the last when none does. */
    private static int sentenceAt(Selection s, int letter) {
        String text = s.text().text();
        int letters = 0;
        int k = 0;
        for (; k < text.length(); k++) {
            if (text.charAt(k) != ' ') {
                if (letters == letter) {
                    break;
                }
                letters++;
            }
        }
        List<LineText.Span> sentences = s.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (k < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
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
                // the passage highlighted already: its note is there to edit
                String note = s.highlights().stream().filter(h -> h.quote().equals(s.quote()) && h.note() != null)
                        .map(Highlight::note).findFirst().orElse("");
                String label = note.isEmpty() ? "note (Enter saves without one): " : "note (empty: none): ";
                return m.with(b -> b.prompt = new Prompt(Prompt.Kind.NOTE, label, note, 0, List.of(), ""));
            }
            case DELETE -> {
                return remove(m);
            }
            case HIGHLIGHT, CANCEL, BACK -> {
                return end(m, s.lines(s.body()));
            }
            default -> {
                return m.status(hints("selecting"));
            }
        }
    }

    /** The key hints while selecting, after {@code what}. */
    private String hints(String what) {
        KeyMap keys = screens.keys;
        return what + " · " + keys.keyOf(Action.OPEN) + " save  " + keys.keyOf(Action.DOWN) + "/" + keys.keyOf(Action.UP)
                + " more/less  " + keys.keyOf(Action.DELETE) + " remove  " + keys.keyOf(Action.CANCEL) + " cancel";
    }

    /** The footer while selecting: how much is selected, and the keys. */
    Line footer(Model m) {
        int n = m.reader().selection().size();
        return Line.of(" " + hints(n + (n == 1 ? " sentence" : " sentences")), Style.BOLD).cut(m.cols());
    }

    /** The reader showing {@code s}, scrolled so that its moving end is on screen. */
    private Model show(Model m, Selection s) {
        ReaderState r = m.reader();
        List<Line> lines = s.lines(HighlightMarks.mark(s.body(), s.text(), List.of(s.span()), Style.SELECTION));
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
        // Highlighting a passage again edits it: its note is replaced, its time kept.
        List<Highlight> same = s.highlights().stream().filter(x -> x.quote().equals(quote)).toList();
        Instant created = same.isEmpty() ? Instant.now() : same.get(0).created();
        Highlight h = new Highlight(quote, note, positionIn(a.text(), quote), created);
        long id = a.id();
        screens.effects.write(() -> {
            screens.library.replaceHighlights(id, same, List.of(h));
            return null;
        });
        List<Highlight> now = new ArrayList<>(s.highlights());
        now.removeAll(same);
        now.add(h);
        now.sort(java.util.Comparator.comparing((Highlight x) -> x.position() < 0).thenComparing(Highlight::position));
        List<Line> lines = new ArrayList<>(HighlightMarks.mark(s.body(), s.text(), List.of(s.span()), Style.HIGHLIGHT));
        lines.addAll(HighlightList.lines(now, r.width()));
        String what = same.isEmpty() ? "highlighted" : "highlight changed:";
        return end(m, lines).status(what + " “" + shortQuote(quote) + "”" + (h.note() == null ? "" : " with a note"));
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
        String what = touched.size() == 1 ? "highlight “" + shortQuote(touched.get(0).quote()) + "”"
                : touched.size() + " highlights";
        screens.effects.write(() -> {
            screens.library.removeHighlights(id, touched);
            return new Msg.Done(new Undo.Highlights(id, touched), "removed " + what);
        });
        List<Highlight> kept = new ArrayList<>(s.highlights());
        kept.removeAll(touched);
        List<Line> lines = laidOut(screens.layouts.of(r.article(), r.width()).lines(), r.width(), kept);
        return end(m, lines).status("removed " + what);
    }

    /**
     * The reader with article {@code id}'s highlights marked afresh from the library (they
     * came back by undo), when it shows that article and nothing is being selected.
     */
    Model changed(Model m, long id) {
        ReaderState r = m.reader();
        if (r == null || r.article().id() != id || r.selection() != null) {
            return m;
        }
        List<Line> lines = laidOut(screens.layouts.of(r.article(), r.width()).lines(), r.width(),
                screens.library.highlights(id));
        return m.with(b -> b.reader = r.withSelection(lines, null));
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
