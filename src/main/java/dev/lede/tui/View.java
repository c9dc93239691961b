package dev.lede.tui;

import dev.lede.model.ArticleSummary;
import dev.lede.model.RelatedArticle;
import dev.lede.render.ArticleText;
import dev.lede.render.DisplayWidth;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Draws a {@link Model} as a {@link Frame}: pure, no terminal. */
public final class View {
    private final KeyMap keys;
    private final Path libraryFile;

    public View(KeyMap keys, Path libraryFile) {
        this.keys = keys;
        this.libraryFile = libraryFile;
    }

    public Frame render(Model m) {
        int cols = m.cols();
        int rows = m.rows();
        List<Line> lines = new ArrayList<>();
        Set<Integer> selected = new HashSet<>();
        if (m.tooSmall()) {
            lines.add(Line.of("terminal too small", Style.BOLD));
            lines.add(Line.of("(" + cols + "x" + rows + "; Lede needs 40x10)", Style.DIM));
            lines.add(Line.of("q quits", Style.DIM));
            return frame(lines, selected, m, -1, -1);
        }
        switch (m.screen()) {
            case LIST -> {
                if (m.total() == 0 && m.base() == null) {
                    welcome(m, lines);
                } else {
                    list(m, lines, selected);
                }
            }
            case READER -> reader(m, lines);
            case RELATED -> related(m, lines, selected);
            case TAGS -> tagPane(m, lines, selected);
            case HELP -> help(m, lines);
        }
        while (lines.size() < rows - 2) {
            lines.add(Line.BLANK);
        }
        // the two bottom rows: a rule (or completion choices), then the prompt, a message or the keys
        Prompt p = m.prompt();
        if (p != null && !p.hint().isEmpty()) {
            lines.add(Line.of(" " + p.hint(), Style.DIM));
        } else if (p != null && !m.status().isEmpty()) {
            // a message about the prompt (a query error) sits just above it
            lines.add(Line.of(" " + m.status(), m.statusError() ? Style.ERROR : Style.PLAIN));
        } else {
            lines.add(rule(cols));
        }
        int cursorCol = -1;
        int cursorRow = -1;
        if (p != null) {
            String label = " " + p.label();
            String text = p.text();
            int room = cols - DisplayWidth.of(label) - 1;
            // show the end of a long entry: that is where typing happens
            while (DisplayWidth.of(text) > room && !text.isEmpty()) {
                text = text.substring(text.offsetByCodePoints(0, 1));
            }
            lines.add(Line.of(new Run(label, Style.BOLD), Run.plain(text)));
            cursorCol = Math.min(cols - 1, DisplayWidth.of(label) + DisplayWidth.of(text));
            cursorRow = rows - 1;
        } else if (!m.status().isEmpty()) {
            lines.add(Line.of(" " + m.status(), m.statusError() ? Style.ERROR : Style.PLAIN));
        } else {
            lines.add(footer(m));
        }
        return frame(lines, selected, m, cursorCol, cursorRow);
    }

    private static Frame frame(List<Line> lines, Set<Integer> selected, Model m, int col, int row) {
        List<Line> fitted = new ArrayList<>(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            fitted.add(i < lines.size() ? lines.get(i).cut(m.cols()) : Line.BLANK);
        }
        return new Frame(fitted, selected, col, row);
    }

    private static Line rule(int cols) {
        return Line.of("─".repeat(cols), Style.DIM);
    }

    /** {@code left} and {@code right} on one line, {@code right} flush with the edge; left is cut first. */
    static Line spread(Line left, Line right, int cols) {
        int room = cols - right.width() - 1;
        if (room < 10) {
            return left.cut(cols);
        }
        Line cut = left.cut(room);
        List<Run> runs = new ArrayList<>(cut.runs());
        runs.add(Run.plain(" ".repeat(cols - cut.width() - right.width())));
        runs.addAll(right.runs());
        return new Line(runs);
    }

    private Line footer(Model m) {
        String hints;
        String right = "";
        switch (m.screen()) {
            case LIST -> {
                if (m.total() == 0 && m.base() == null) {
                    return Line.of(" a add a URL  ? help  q quit", Style.DIM);
                }
                hints = "Enter read  / search  t tag  b star  r related  g filter  a add  d del  ? help";
                right = m.list().count() == 0 ? "0/0" : (m.list().cursor() + 1) + "/" + m.list().count();
            }
            case READER -> {
                hints = "Space page  r related  h back  o open  t tag  b star  / find  q list  ? help";
                if (m.trail().ids().size() > 1) {
                    right = "trail " + (m.trail().index() + 1) + "/" + m.trail().ids().size();
                }
            }
            case RELATED -> {
                hints = "Enter read  h back  l forward  q close";
                if (m.trail().ids().size() > 1) {
                    right = "trail " + (m.trail().index() + 1) + "/" + m.trail().ids().size();
                }
            }
            case TAGS -> hints = "Enter show  j/k move  Esc close";
            default -> hints = "j/k scroll  q close";
        }
        return spread(Line.of(" " + hints, Style.DIM), Line.of(right + " ", Style.DIM), m.cols());
    }

    // ---- screens ----

    private void welcome(Model m, List<Line> lines) {
        lines.add(header(m, " Lede · an empty library"));
        lines.add(rule(m.cols()));
        int width = Math.min(m.cols() - 4, 72);
        String[][] text = {
                {"", "Welcome to Lede, a reader for the articles you save."},
                {"", ""},
                {"", "Add an article: press a and give its URL, or run"},
                {"    ", "lede add URL"},
                {"", ""},
                {"", "Import saved pages (.html, .htm) and text files (.txt, .md):"},
                {"    ", "lede import PATH"},
                {"", ""},
                {"", "Your library lives in"},
                {"    ", TerminalText.clean(libraryFile.toString())},
                {"", ""},
                {"", "? lists every key · q quits"}};
        for (int i = 0; i < text.length; i++) {
            String indent = "  " + text[i][0];
            if (text[i][1].isEmpty()) {
                if (m.rows() >= 20) {
                    lines.add(Line.BLANK); // small terminals need the room for the text
                }
                continue;
            }
            Style style = i == 0 ? Style.TITLE : indent.length() > 2 ? Style.BOLD : Style.PLAIN;
            for (Line wrapped : dev.lede.render.Layout.wrap(text[i][1], style, width - indent.length())) {
                lines.add(wrapped.prefixed(Run.plain(indent)));
            }
        }
    }

    private Line header(Model m, String left) {
        return spread(Line.of(left, Style.BOLD), Line.of("? help  q quit ", Style.DIM), m.cols());
    }

    private void list(Model m, List<Line> lines, Set<Integer> selected) {
        ListState list = m.list();
        String title = " Lede · " + list.count() + (list.count() == 1 ? " article" : " articles");
        if (!list.label().isEmpty()) {
            title += " · " + TerminalText.clean(list.label());
        }
        lines.add(header(m, title));
        lines.add(rule(m.cols()));
        if (list.count() == 0) {
            lines.add(Line.BLANK);
            lines.add(Line.of("  No article matches. Esc shows all articles.", Style.DIM));
            return;
        }
        int height = m.listHeight();
        int visible = Math.max(1, height / list.rowHeight());
        // the tag column is as wide as the widest tags on screen, so untagged lists give titles the room
        int tagColumn = 0;
        for (int i = list.top(); i < Math.min(list.count(), list.top() + visible); i++) {
            ArticleSummary a = list.row(i);
            if (a != null) {
                tagColumn = Math.max(tagColumn, DisplayWidth.of(ArticleText.tags(a)));
            }
        }
        for (int i = list.top(); i < Math.min(list.count(), list.top() + visible); i++) {
            ArticleSummary a = list.row(i);
            if (a == null) {
                lines.add(Line.of("  …", Style.DIM));
                continue;
            }
            if (i == list.cursor()) {
                selected.add(lines.size());
                if (list.search()) {
                    selected.add(lines.size() + 1);
                }
            }
            lines.add(row(a, m.cols(), tagColumn));
            if (list.search()) {
                lines.add(snippet(a));
            }
        }
    }

    /** One list row: marks, date, title, site, minutes, tags; the title takes what is left. */
    static Line row(ArticleSummary a, int cols, int tagColumn) {
        boolean wide = cols >= 100;
        boolean medium = cols >= 70;
        boolean narrow = cols >= 56;
        String marks = " " + (a.read() ? " " : "●") + (a.bookmarked() ? "★" : " ") + " ";
        String date = narrow ? ArticleText.date(a) + "  " : "";
        String site = medium ? DisplayWidth.cut(ArticleText.site(a), wide ? 20 : 12) : "";
        String minutes = String.format("%3dm", a.readingMinutes());
        int tagWidth = medium ? Math.min(tagColumn, wide ? 24 : 14) : 0;
        String tags = medium ? DisplayWidth.cut(ArticleText.tags(a), tagWidth) : "";
        int siteWidth = medium ? (wide ? 20 : 12) : 0;
        // fixed columns, so that titles line up whatever a row's tags are
        int fixed = DisplayWidth.of(marks) + DisplayWidth.of(date) + (medium ? siteWidth + 2 : 0) + 4
                + (tagWidth > 0 ? tagWidth + 2 : 0);
        int titleWidth = Math.max(8, cols - fixed - 2);
        String title = DisplayWidth.fit(TerminalText.clean(a.title()), titleWidth);
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(marks, Style.MARK));
        if (!date.isEmpty()) {
            runs.add(new Run(date, Style.DIM));
        }
        runs.add(new Run(title, a.read() ? Style.PLAIN : Style.BOLD));
        runs.add(Run.plain("  "));
        if (medium) {
            runs.add(new Run(DisplayWidth.fit(site, siteWidth), Style.DIM));
            runs.add(Run.plain("  "));
        }
        runs.add(new Run(minutes, Style.DIM));
        if (!tags.isEmpty()) {
            runs.add(Run.plain("  "));
            runs.add(new Run(tags, Style.DIM));
        }
        return new Line(runs).cut(cols);
    }

    /** A search hit's snippet under its row, the matching words marked. */
    static Line snippet(ArticleSummary a) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain("      "));
        String s = a.snippet() == null ? "" : a.snippet();
        StringBuilder piece = new StringBuilder();
        boolean hit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ArticleSummary.HIT_START || c == ArticleSummary.HIT_END) {
                if (piece.length() > 0) {
                    runs.add(new Run(TerminalText.clean(piece.toString()), hit ? Style.HIT : Style.DIM));
                }
                piece.setLength(0);
                hit = c == ArticleSummary.HIT_START;
            } else {
                piece.append(c);
            }
        }
        if (piece.length() > 0) {
            runs.add(new Run(TerminalText.clean(piece.toString()), hit ? Style.HIT : Style.DIM));
        }
        return new Line(runs);
    }

    private void reader(Model m, List<Line> lines) {
        ReaderState r = m.reader();
        ArticleSummary a = r.article().summary();
        int height = m.readerHeight();
        String percent;
        if (r.lines().size() <= height) {
            percent = "all";
        } else {
            // how far through the scrollable part: 0% at the top, 100% at the bottom
            int maxTop = r.lines().size() - height;
            percent = Math.min(100, r.top() * 100 / maxTop) + "%";
        }
        lines.add(spread(Line.of(" " + TerminalText.clean(a.title()), Style.TITLE), Line.of(percent + " ", Style.DIM), m.cols()));
        lines.add(Line.of(" " + ArticleText.facts(a), Style.DIM));
        lines.add(rule(m.cols()));
        String needle = r.find().toLowerCase(Locale.ROOT);
        for (int i = r.top(); i < Math.min(r.lines().size(), r.top() + height); i++) {
            Line line = r.lines().get(i);
            if (!needle.isEmpty()) {
                line = highlight(line, needle);
            }
            lines.add(line.prefixed(Run.plain(" ")));
        }
        if (r.lines().isEmpty()) {
            lines.add(Line.of("  (this article has no text; o opens it in the browser)", Style.DIM));
        }
    }

    /** The line with every case-insensitive occurrence of {@code needle} in the HIT style. */
    static Line highlight(Line line, String needle) {
        String lower = line.text().toLowerCase(Locale.ROOT);
        if (!lower.contains(needle) || lower.length() != line.text().length()) {
            return line;
        }
        boolean[] marked = new boolean[lower.length()];
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + Math.max(1, needle.length()))) {
            for (int k = at; k < at + needle.length(); k++) {
                marked[k] = true;
            }
        }
        List<Run> runs = new ArrayList<>();
        int pos = 0;
        for (Run run : line.runs()) {
            String t = run.text();
            int start = 0;
            for (int k = 1; k <= t.length(); k++) {
                if (k == t.length() || marked[pos + k] != marked[pos + start]) {
                    runs.add(new Run(t.substring(start, k), marked[pos + start] ? Style.HIT : run.style()));
                    start = k;
                }
            }
            pos += t.length();
        }
        return new Line(runs);
    }

    private void related(Model m, List<Line> lines, Set<Integer> selected) {
        RelatedState r = m.related();
        lines.add(header(m, " Related to: " + TerminalText.clean(r.sourceTitle())));
        lines.add(rule(m.cols()));
        if (r.items() == null) {
            lines.add(Line.of("  finding related stories…", Style.DIM));
            return;
        }
        if (r.items().isEmpty()) {
            lines.add(Line.of("  No related stories in the library.", Style.DIM));
            return;
        }
        int perItem = 2;
        int visible = Math.max(1, m.listHeight() / perItem);
        int top = Math.max(0, r.cursor() - visible + 1);
        for (int i = top; i < Math.min(r.items().size(), top + visible); i++) {
            RelatedArticle item = r.items().get(i);
            ArticleSummary a = item.article();
            if (i == r.cursor()) {
                selected.add(lines.size());
                selected.add(lines.size() + 1);
            }
            lines.add(Line.of(new Run(" " + (a.read() ? " " : "●") + (a.bookmarked() ? "★" : " ") + " ", Style.MARK),
                    new Run(TerminalText.clean(a.title()), a.read() ? Style.PLAIN : Style.BOLD)));
            String reasons = item.reasons().isEmpty() ? "" : " · " + TerminalText.clean(String.join(", ", item.reasons()));
            lines.add(Line.of("     " + ArticleText.site(a) + " · " + ArticleText.date(a) + reasons, Style.DIM));
        }
    }

    private void tagPane(Model m, List<Line> lines, Set<Integer> selected) {
        TagPane pane = m.tagPane();
        lines.add(header(m, " Show which articles?"));
        lines.add(rule(m.cols()));
        int visible = m.listHeight();
        int top = Math.max(0, pane.cursor() - visible + 1);
        for (int i = top; i < Math.min(pane.labels().size(), top + visible); i++) {
            if (i == pane.cursor()) {
                selected.add(lines.size());
            }
            lines.add(Line.plain("  " + pane.labels().get(i)));
        }
    }

    private void help(Model m, List<Line> lines) {
        lines.add(header(m, " Lede keys"));
        lines.add(rule(m.cols()));
        List<Line> text = helpLines(keys, m.cols());
        for (int i = m.helpTop(); i < Math.min(text.size(), m.helpTop() + m.listHeight()); i++) {
            lines.add(text.get(i));
        }
    }

    /** The help screen's lines at {@code cols} columns: the key table, help text wrapped beside the keys. */
    static List<Line> helpLines(KeyMap keys, int cols) {
        int keyWidth = 0;
        for (KeyMap.Binding b : keys.bindings()) {
            keyWidth = Math.max(keyWidth, String.join(", ", b.keys()).length());
        }
        keyWidth = Math.min(keyWidth, cols / 3);
        List<Line> out = new ArrayList<>();
        for (KeyMap.Binding b : keys.bindings()) {
            String keyText = DisplayWidth.fit(String.join(", ", b.keys()), keyWidth);
            List<Line> help = dev.lede.render.Layout.wrap(b.help(), Style.PLAIN, Math.max(10, cols - keyWidth - 4));
            for (int k = 0; k < help.size(); k++) {
                Run left = new Run(" " + (k == 0 ? keyText : " ".repeat(keyWidth)) + "  ", Style.BOLD);
                out.add(help.get(k).prefixed(left));
            }
        }
        return out;
    }
}
