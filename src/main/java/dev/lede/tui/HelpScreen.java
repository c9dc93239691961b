package dev.lede.tui;

import dev.lede.render.DisplayWidth;
import dev.lede.render.Layout;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The key table, generated from the {@link KeyMap}; {@code ?} or q goes back to where it was opened. */
final class HelpScreen implements ScreenHandler {
    private final Screens screens;

    HelpScreen(Screens screens) {
        this.screens = screens;
    }

    /** Opens help over the current screen, or closes it when it is showing. */
    Model toggle(Model m) {
        if (m.screen() == Screen.HELP) {
            return m.with(b -> b.screen = m.helpFrom());
        }
        return m.with(b -> {
            b.helpFrom = m.screen();
            b.screen = Screen.HELP;
            b.helpTop = 0;
        });
    }

    @Override
    public Model act(Model m, Action action, int count) {
        int last = Math.max(0, lines(screens.keys, m.cols()).size() - m.listHeight());
        int to = ScreenHandler.movedCursor(action, m.helpTop(), last, m.listHeight() / 2);
        if (to >= 0) {
            return m.with(b -> b.helpTop = to);
        }
        switch (action) {
            case BACK, CANCEL -> {
                return m.with(b -> b.screen = m.helpFrom());
            }
            default -> {
                return m;
            }
        }
    }

    @Override
    public void draw(Model m, List<Line> lines, Set<Integer> selected) {
        lines.add(View.header(m, " Lede keys"));
        lines.add(View.rule(m.cols()));
        List<Line> text = lines(screens.keys, m.cols());
        for (int i = m.helpTop(); i < Math.min(text.size(), m.helpTop() + m.listHeight()); i++) {
            lines.add(text.get(i));
        }
    }

    @Override
    public Line footer(Model m) {
        String hints = View.hints(screens.keys, Action.DOWN, "down", Action.UP, "up", Action.BACK, "close");
        return View.spread(Line.of(" " + hints, Style.DIM), Line.of(" ", Style.DIM), m.cols());
    }

    /** The help screen's lines at {@code cols} columns: the key table, help text wrapped beside the keys. */
    static List<Line> lines(KeyMap keys, int cols) {
        int keyWidth = 0;
        for (KeyMap.Binding b : keys.bindings()) {
            keyWidth = Math.max(keyWidth, String.join(", ", b.keys()).length());
        }
        keyWidth = Math.min(keyWidth, cols / 3);
        List<Line> out = new ArrayList<>();
        for (KeyMap.Binding b : keys.bindings()) {
            String keyText = DisplayWidth.fit(String.join(", ", b.keys()), keyWidth);
            List<Line> help = Layout.wrap(b.help(), Style.PLAIN, Math.max(10, cols - keyWidth - 4));
            for (int k = 0; k < help.size(); k++) {
                Run left = new Run(" " + (k == 0 ? keyText : " ".repeat(keyWidth)) + "  ", Style.BOLD);
                out.add(help.get(k).prefixed(left));
            }
        }
        // what the list's marks mean, after the keys: a few lines, so that the keys keep the room
        List<String> marks = new ArrayList<>();
        for (String[] mark : LEGEND) {
            marks.add(mark[0] + " " + mark[1]);
        }
        out.add(Line.BLANK);
        for (Line line : Layout.wrap("Marks in the list: " + String.join(" · ", marks), Style.PLAIN, Math.max(10, cols - 2))) {
            out.add(line.prefixed(Run.plain(" ")));
        }
        return out;
    }

    /** What the list's marks mean, under the key table. */
    private static final String[][] LEGEND = {
            {"●", "unread"},
            {"★", "bookmarked"},
            {ListScreen.PENDING_MARK, "page not fetched yet"},
            {ListScreen.FAILED_MARK, "its fetch failed (the footer says why; lede fetch tries again)"},
            {"--", "length unknown"},
            {"40%", "read so far"},
            {"[3]", "a story of three articles"},
            {"~", "the saved date, for want of a published one"}};
}
