package dev.lede.tui;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Story;
import dev.lede.model.StoryTimeline;
import dev.lede.render.ArticleText;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stories: the list of stories with several articles ({@code g s}) and one story's timeline
 * ({@code s}): its articles by date, each with its site and what it adds. Enter reads an
 * article with the story as the trail, so {@code h}/{@code l} step through the story.
 */
final class StoryScreen implements ScreenHandler {
    private static final int LISTED = 200;
    private final Screens screens;
    /** How many articles the story of each listed article has, read with the list's rows. */
    private final java.util.Map<Long, Integer> storySizes = new java.util.concurrent.ConcurrentHashMap<>();

    StoryScreen(Screens screens) {
        this.screens = screens;
    }

    /** Reads the story sizes of {@code rows}, for the list's marks; returns the rows. */
    List<ArticleSummary> withMarks(List<ArticleSummary> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(a -> ids.add(a.id()));
        if (!ids.isEmpty()) {
            storySizes.putAll(screens.library.storySizes(ids));
        }
        return rows;
    }

    /** The number of articles in the story of article {@code id}, as last read (1 when unknown). */
    int storySize(long id) {
        return storySizes.getOrDefault(id, 1);
    }

    /** Shows the story of article {@code id}; it arrives as {@link Msg.TimelineFound}. */
    Model open(Model m, long id) {
        Screen from = m.screen() == Screen.STORY && m.story() != null ? m.story().from() : m.screen();
        List<Story> stories = m.screen() == Screen.STORY && m.story() != null ? m.story().stories() : null;
        int listed = m.story() != null && stories != null ? m.story().listed() : 0;
        screens.effects.background(() -> new Msg.TimelineFound(id, screens.library.storyTimeline(id).orElse(null)));
        return m.with(b -> {
            b.story = new StoryState(stories, listed, id, null, 0, from);
            b.screen = Screen.STORY;
        });
    }

    /** Shows the stories of several articles; they arrive as {@link Msg.StoriesFound}. */
    Model openList(Model m) {
        Screen from = m.screen();
        screens.effects.background(() -> new Msg.StoriesFound(
                screens.library.stories(dev.lede.model.Query.ALL, false, LISTED)));
        return m.with(b -> {
            b.story = new StoryState(null, 0, 0, null, 0, from);
            b.screen = Screen.STORY;
        });
    }

    Model found(Model m, Msg.StoriesFound f) {
        StoryState s = m.story();
        if (s == null || s.showsTimeline()) {
            return m;
        }
        return m.with(b -> b.story = new StoryState(f.stories(), 0, 0, null, 0, s.from()));
    }

    Model found(Model m, Msg.TimelineFound f) {
        StoryState s = m.story();
        if (s == null || s.articleId() != f.articleId()) {
            return m;
        }
        if (f.timeline() == null) {
            return m.with(b -> b.screen = s.from()).error("that article is gone");
        }
        // The cursor starts on the article the story was opened from.
        int at = 0;
        List<ArticleSummary> articles = f.timeline().story().articles();
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id() == f.articleId()) {
                at = i;
            }
        }
        int cursor = at;
        return m.with(b -> b.story = new StoryState(s.stories(), s.listed(), s.articleId(), f.timeline(), cursor, s.from()));
    }

    @Override
    public Model act(Model m, Action action, int count) {
        StoryState s = m.story();
        boolean timeline = s.showsTimeline();
        int size = timeline ? (s.timeline() == null ? 0 : s.timeline().story().articles().size())
                : (s.stories() == null ? 0 : s.stories().size());
        int cursor = timeline ? s.cursor() : s.listed();
        int to = ScreenHandler.movedCursor(action, cursor, Math.max(0, size - 1), m.listHeight() / 2);
        if (to >= 0) {
            return m.with(b -> b.story = timeline
                    ? new StoryState(s.stories(), s.listed(), s.articleId(), s.timeline(), to, s.from())
                    : new StoryState(s.stories(), to, 0, null, 0, s.from()));
        }
        switch (action) {
            case OPEN -> {
                if (size == 0) {
                    return m;
                }
                if (!timeline) {
                    return open(m, s.stories().get(s.listed()).articles().get(0).id());
                }
                List<Long> ids = new ArrayList<>();
                s.timeline().story().articles().forEach(a -> ids.add(a.id()));
                long target = ids.get(s.cursor());
                return screens.reader.open(m, target, new Trail(ids, s.cursor()));
            }
            case BACK, CANCEL, TRAIL_BACK -> {
                if (timeline && s.stories() != null) {
                    return m.with(b -> b.story = new StoryState(s.stories(), s.listed(), 0, null, 0, s.from()));
                }
                return m.with(b -> b.screen = s.from());
            }
            case STORY -> {
                return timeline ? m.with(b -> b.screen = s.from()) : m;
            }
            case STORIES -> {
                return openList(m);
            }
            default -> {
                return m;
            }
        }
    }

    @Override
    public void draw(Model m, List<Line> lines, Set<Integer> selected) {
        StoryState s = m.story();
        if (!s.showsTimeline()) {
            drawList(m, s, lines, selected);
            return;
        }
        StoryTimeline t = s.timeline();
        if (t == null) {
            lines.add(View.header(m, " Story"));
            lines.add(View.rule(m.cols()));
            lines.add(Line.of("  finding the story…", Style.DIM));
            return;
        }
        Story story = t.story();
        int n = story.articles().size();
        lines.add(View.header(m, " Story · " + TerminalText.clean(story.title()) + " · " + n
                + (n == 1 ? " article" : " articles")));
        lines.add(View.rule(m.cols()));
        int visible = Math.max(1, m.listHeight() / 2);
        int top = Math.max(0, s.cursor() - visible + 1);
        for (int i = top; i < Math.min(n, top + visible); i++) {
            ArticleSummary a = story.articles().get(i);
            if (i == s.cursor()) {
                selected.add(lines.size());
                selected.add(lines.size() + 1);
            }
            lines.add(Line.of(new Run(" " + (a.read() ? " " : "●") + (a.bookmarked() ? "★" : " ") + " ", Style.MARK),
                    new Run(ArticleText.date(a) + "  ", Style.DIM),
                    new Run(TerminalText.clean(a.title()), a.read() ? Style.PLAIN : Style.BOLD)));
            List<String> adds = t.adds().get(i);
            String what = i == 0 ? "first report" : adds.isEmpty() ? "nothing new by name" : "adds " + String.join(", ", adds);
            lines.add(Line.of("     " + TerminalText.clean(ArticleText.site(a)) + " · " + TerminalText.clean(what), Style.DIM));
        }
    }

    private static void drawList(Model m, StoryState s, List<Line> lines, Set<Integer> selected) {
        lines.add(View.header(m, " Stories" + (s.stories() == null ? "" : " · " + s.stories().size())));
        lines.add(View.rule(m.cols()));
        if (s.stories() == null) {
            lines.add(Line.of("  finding stories…", Style.DIM));
            return;
        }
        if (s.stories().isEmpty()) {
            lines.add(Line.of("  No story has more than one article yet.", Style.DIM));
            return;
        }
        int visible = Math.max(1, m.listHeight() / 2);
        int top = Math.max(0, s.listed() - visible + 1);
        for (int i = top; i < Math.min(s.stories().size(), top + visible); i++) {
            Story story = s.stories().get(i);
            if (i == s.listed()) {
                selected.add(lines.size());
                selected.add(lines.size() + 1);
            }
            lines.add(Line.of(new Run(String.format(" %3d  ", story.articles().size()), Style.MARK),
                    new Run(TerminalText.clean(story.title()), Style.BOLD)));
            String first = story.first().length() >= 10 ? story.first().substring(0, 10) : story.first();
            String last = story.last().length() >= 10 ? story.last().substring(0, 10) : story.last();
            lines.add(Line.of("      " + (first.equals(last) ? first : first + " – " + last), Style.DIM));
        }
    }

    @Override
    public Line footer(Model m) {
        String hints = m.story().showsTimeline() ? "Enter read (h/l step through the story)  q back"
                : "Enter open the story  q back";
        return Line.of(" " + hints, Style.DIM);
    }
}
