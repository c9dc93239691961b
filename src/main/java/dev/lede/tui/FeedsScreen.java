package dev.lede.tui;

import dev.lede.library.FeedRefresh;
import dev.lede.library.FeedReport;
import dev.lede.model.Feed;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import dev.lede.library.Sync;
import dev.lede.model.SyncAccount;
import dev.lede.sync.SyncException;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The feeds view ({@code g f}): each subscription with unread/total and a marker when its last
 * fetch failed (the error under the cursor shows at the bottom); Enter lists the feed's
 * articles through the {@code feed:} filter. {@code R}, from any screen, refreshes every feed in
 * the background, with progress in the status line; the list reloads as articles arrive.
 */
final class FeedsScreen implements ScreenHandler {
    /** Requests at a time during a refresh, as {@code lede refresh} defaults to. */
    private static final int JOBS = 8;

    /**
     * Made on the first sync line shown, not when the reader starts: parsing a pattern loads
     * java.time's formatting classes (about 40) before the first frame.
     */
    private static final class LastSync {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    }

    private final Screens screens;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    FeedsScreen(Screens screens) {
        this.screens = screens;
    }

    /** Shows the view, the feeds read from the library now. */
    Model open(Model m) {
        List<Feed> feeds = screens.library.feeds().list();
        return m.with(b -> {
            b.feedPane = new FeedPane(feeds, 0, accountLine());
            b.screen = Screen.FEEDS;
        });
    }

    /** Re-reads the feeds while the view shows (counts change as a refresh saves articles). */
    Model reload(Model m) {
        if (m.screen() != Screen.FEEDS || m.feedPane() == null) {
            return m;
        }
        List<Feed> feeds = screens.library.feeds().list();
        return m.with(b -> b.feedPane = new FeedPane(feeds, m.feedPane().cursor(), accountLine()));
    }

    /** The sync account and how its last sync went, for the view's header; null without one. */
    private String accountLine() {
        Optional<SyncAccount> account = screens.library.sync().account();
        if (account.isEmpty()) {
            return null;
        }
        SyncAccount a = account.get();
        String host = URI.create(a.url()).getAuthority();
        String last = a.lastSync() == null ? "never synced"
                : "last sync " + LastSync.FORMAT.format(a.lastSync().atZone(ZoneId.systemDefault()));
        return "synced with " + a.user() + "@" + host + " · " + last + (a.lastError() != null ? " · last sync failed" : "");
    }

    /**
     * With a sync account, syncs with it in the background (the server polls the feeds);
     * without, refreshes every feed; unless one is running.
     */
    Model refresh(Model m) {
        Sync sync = screens.library.sync();
        if (sync.account().isPresent()) {
            if (!refreshing.compareAndSet(false, true)) {
                return m.status("a sync is running already");
            }
            screens.effects.background(() -> {
                try {
                    Sync.Report r = sync.run((done, total) -> screens.effects.post(
                            new Msg.Status("syncing: " + done + "/" + total + " new articles saved", false, true)));
                    return new Msg.Status("synced: " + r.newArticles() + " new, " + r.changedArticles() + " changed, "
                            + r.pushed() + " changes sent", false, true);
                } catch (SyncException e) {
                    return new Msg.Status("sync failed: " + TerminalText.line(e.getMessage()), true, true);
                } finally {
                    refreshing.set(false);
                }
            });
            return m.status("syncing with " + sync.account().get().user() + "...");
        }
        int count = screens.library.feeds().list().size();
        if (count == 0) {
            return m.error("no feeds yet: subscribe with 'lede feed add URL'");
        }
        if (!refreshing.compareAndSet(false, true)) {
            return m.status("the feeds are being refreshed already");
        }
        Model started = m.status("refreshing " + count + " feed" + (count == 1 ? "" : "s") + "...");
        screens.effects.background(() -> {
            try {
                FeedRefresh.Summary summary = screens.library.feeds().refresh(List.of(), JOBS, true, new Progress());
                return new Msg.Status("refreshed: " + summary.line(), summary.failed() > 0, true);
            } finally {
                refreshing.set(false);
            }
        });
        return started;
    }

    /** Posts progress to the status line; the list reloads when a feed brought articles. */
    private final class Progress implements FeedRefresh.Listener {
        private long lastPost;

        @Override
        public void saved(Feed feed, FeedRefresh.Progress p) {
            long now = System.nanoTime();
            if (now - lastPost > 500_000_000L) { // twice a second is enough for the eye and the list
                lastPost = now;
                post(p, true);
            }
        }

        @Override
        public void finished(FeedReport report, FeedRefresh.Progress p) {
            post(p, report.newArticles() > 0);
        }

        private void post(FeedRefresh.Progress p, boolean changed) {
            screens.effects.post(new Msg.Status("refreshing feeds " + p.feedsDone() + "/" + p.feedsTotal() + ", "
                    + p.newArticles() + " new" + (p.failed() > 0 ? ", " + p.failed() + " failed" : ""), false, changed));
        }
    }

    @Override
    public Model act(Model m, Action action, int count) {
        FeedPane pane = m.feedPane();
        int to = ScreenHandler.movedCursor(action, pane.cursor(), Math.max(0, pane.feeds().size() - 1), m.listHeight());
        if (to >= 0) {
            return m.with(b -> b.feedPane = pane.withCursor(to));
        }
        switch (action) {
            case OPEN -> {
                Feed feed = pane.selected();
                Model back = m.with(b -> b.screen = Screen.LIST);
                return feed == null ? back : screens.list.filter(back, "feed:" + feed.id());
            }
            case BACK, CANCEL, FEEDS -> {
                return m.with(b -> b.screen = Screen.LIST);
            }
            default -> {
                return m;
            }
        }
    }

    @Override
    public void draw(Model m, List<Line> lines, Set<Integer> selected) {
        FeedPane pane = m.feedPane();
        lines.add(View.header(m, " Feeds · " + pane.feeds().size()
                + (pane.account() == null ? "" : " · " + TerminalText.line(pane.account()))));
        lines.add(View.rule(m.cols()));
        if (pane.feeds().isEmpty()) {
            lines.add(Line.plain("  No feeds yet. Subscribe with: lede feed add URL"));
            return;
        }
        int visible = m.listHeight();
        int top = Math.max(0, pane.cursor() - visible + 1);
        int titleWidth = Math.max(10, Math.min(50, m.cols() - 24));
        for (int i = top; i < Math.min(pane.feeds().size(), top + visible); i++) {
            Feed f = pane.feeds().get(i);
            if (i == pane.cursor()) {
                selected.add(lines.size());
            }
            String marker = f.gone() ? "x" : f.error() != null ? "!" : " ";
            String title = Line.plain(TerminalText.clean(f.displayTitle())).cut(titleWidth).text();
            String counts = f.unread() + "/" + f.articles();
            Line row = Line.of(Run.plain(" " + marker + " " + title + " ".repeat(Math.max(1, titleWidth - Line.plain(title).width() + 1))),
                    new Run(counts, f.unread() > 0 ? Style.BOLD : Style.DIM),
                    new Run(f.error() == null ? "" : "  " + TerminalText.clean(f.error()), Style.DIM));
            lines.add(row.cut(m.cols()));
        }
    }

    @Override
    public Line footer(Model m) {
        Feed feed = m.feedPane().selected();
        if (feed != null && feed.error() != null) {
            return Line.of(" last error: " + TerminalText.clean(feed.error()), Style.DIM).cut(m.cols());
        }
        return View.spread(Line.of(" Enter list its articles  R refresh all  q back", Style.DIM),
                Line.of(" ", Style.DIM), m.cols());
    }
}
