package dev.lede.tui;

import dev.lede.model.ArticleSummary;
import dev.lede.model.RelatedArticle;
import dev.lede.render.ArticleText;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.util.List;
import java.util.Set;

/** Related stories of one article, found off the UI thread, each with its reasons; Enter follows one. */
final class RelatedScreen implements ScreenHandler {
    private final Screens screens;

    RelatedScreen(Screens screens) {
        this.screens = screens;
    }

    /** Shows the related stories of article {@code id}; they arrive as {@link Msg.RelatedFound}. */
    Model open(Model m, long id, String title) {
        Screen from = m.screen();
        screens.effects.background(() -> new Msg.RelatedFound(id, screens.library.related(id, 20)));
        return m.with(b -> {
            b.related = new RelatedState(id, title, null, 0, from);
            b.screen = Screen.RELATED;
        });
    }

    /** The stories found, if they are still the ones asked for. */
    Model found(Model m, Msg.RelatedFound f) {
        if (m.related() == null || m.related().sourceId() != f.sourceId()) {
            return m;
        }
        RelatedState r = m.related();
        return m.with(b -> b.related = new RelatedState(r.sourceId(), r.sourceTitle(), f.related(), 0, r.from()));
    }

    @Override
    public Model act(Model m, Action action, int count) {
        RelatedState r = m.related();
        int last = r.items() == null ? 0 : Math.max(0, r.items().size() - 1);
        // Two rows an item: half the list's height is a page.
        int to = ScreenHandler.movedCursor(action, r.cursor(), last, m.listHeight() / 2);
        if (to >= 0) {
            return m.with(b -> b.related = r.withCursor(to));
        }
        switch (action) {
            case OPEN -> {
                if (r.items() == null || r.items().isEmpty()) {
                    return m;
                }
                long target = r.items().get(r.cursor()).article().id();
                Trail trail = r.from() == Screen.READER && m.trail().index() >= 0
                        && m.trail().current() == r.sourceId() ? m.trail() : Trail.of(r.sourceId());
                return screens.reader.open(m, target, trail.jump(target));
            }
            case TRAIL_FORWARD -> {
                return m.trail().canGoForward() && r.from() == Screen.READER
                        ? screens.reader.open(m, m.trail().forward().current(), m.trail().forward()) : m;
            }
            case BACK, CANCEL, TRAIL_BACK, RELATED -> {
                return m.with(b -> b.screen = r.from());
            }
            default -> {
                return m;
            }
        }
    }

    @Override
    public void draw(Model m, List<Line> lines, Set<Integer> selected) {
        RelatedState r = m.related();
        lines.add(View.header(m, " Related to: " + TerminalText.clean(r.sourceTitle())));
        lines.add(View.rule(m.cols()));
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

    @Override
    public Line footer(Model m) {
        String hints = View.hints(screens.keys, Action.OPEN, "read", Action.TRAIL_BACK, "back",
                Action.TRAIL_FORWARD, "forward", Action.BACK, "close");
        return View.spread(Line.of(" " + hints, Style.DIM), Line.of(View.trailPosition(m) + " ", Style.DIM), m.cols());
    }
}
