package dev.lede.tui;

import dev.lede.render.Line;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The filter picker of {@code g t}: all, unread, bookmarked, and each tag with its count. */
final class TagPaneScreen implements ScreenHandler {
    private final Screens screens;

    TagPaneScreen(Screens screens) {
        this.screens = screens;
    }

    /** Shows the picker, the tags read from the library now. */
    Model open(Model m) {
        List<String> queries = new ArrayList<>(List.of("", "is:unread", "is:bookmarked"));
        List<String> labels = new ArrayList<>(List.of("All articles", "Unread (is:unread)", "Bookmarked (is:bookmarked)"));
        for (Map.Entry<String, Integer> tag : screens.library.tags().entrySet()) {
            queries.add("tag:" + tag.getKey());
            labels.add("#" + TerminalText.clean(tag.getKey()) + " (" + tag.getValue() + ")");
        }
        return m.with(b -> {
            b.tagPane = new TagPane(queries, labels, 0);
            b.screen = Screen.TAGS;
        });
    }

    @Override
    public Model act(Model m, Action action, int count) {
        TagPane pane = m.tagPane();
        int to = ScreenHandler.movedCursor(action, pane.cursor(), pane.queries().size() - 1, m.listHeight());
        if (to >= 0) {
            return m.with(b -> b.tagPane = pane.withCursor(to));
        }
        switch (action) {
            case OPEN -> {
                String q = pane.queries().get(pane.cursor());
                Model back = m.with(b -> b.screen = Screen.LIST);
                if (q.isEmpty()) {
                    return back.base() != null ? screens.list.clearFilter(back) : back;
                }
                return screens.list.filter(back, q);
            }
            case BACK, CANCEL, FILTER_TAG -> {
                return m.with(b -> b.screen = Screen.LIST);
            }
            default -> {
                return m;
            }
        }
    }

    @Override
    public void draw(Model m, List<Line> lines, Set<Integer> selected) {
        TagPane pane = m.tagPane();
        lines.add(View.header(m, " Show which articles?"));
        lines.add(View.rule(m.cols()));
        int visible = m.listHeight();
        int top = Math.max(0, pane.cursor() - visible + 1);
        for (int i = top; i < Math.min(pane.labels().size(), top + visible); i++) {
            if (i == pane.cursor()) {
                selected.add(lines.size());
            }
            lines.add(Line.plain("  " + pane.labels().get(i)));
        }
    }

    @Override
    public Line footer(Model m) {
        String hints = View.hints(screens.keys, Action.OPEN, "show", Action.DOWN, "down", Action.UP, "up",
                Action.CANCEL, "close");
        return View.spread(Line.of(" " + hints, Style.DIM), Line.of(" ", Style.DIM), m.cols());
    }
}
