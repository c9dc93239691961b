package dev.lede.cli;

import dev.lede.library.FeedRefresh;
import dev.lede.library.FeedReport;
import dev.lede.library.Library;
import dev.lede.model.Feed;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "refresh", description = {"Fetch subscribed feeds and save their new items as full articles.",
        "Prints one line per feed, then 'N new articles from M feeds, K failed'; exit 1 when a feed failed."})
final class RefreshCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Feeds to refresh (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "8",
            description = "Requests at a time (default 8; never more than 2 to one host).")
    int jobs;

    @Option(names = "--feed-only", description = "Save items from the feeds' own content, without fetching their pages.")
    boolean feedOnly;

    static void checkJobs(int jobs) {
        if (jobs < 1 || jobs > 64) {
            throw new CliException("--jobs must be between 1 and 64", 2);
        }
    }

    @Override
    public Integer call() {
        checkJobs(jobs);
        List<Long> feedIds = FeedCommand.feedIds(ids);
        try (Library library = cli.openLibrary()) {
            if (library.sync().account().isPresent()) {
                return SyncCommand.run(library.sync(), cli); // the sync server polls the feeds
            }
            if (library.feeds().list().isEmpty()) {
                cli.out.println("no subscriptions; add one with 'lede feed add URL'");
                return 0;
            }
            ProgressBar bar = new ProgressBar(cli.err, cli.interactive());
            FeedRefresh.Summary summary;
            try {
                summary = library.feeds().refresh(feedIds, jobs, !feedOnly, new FeedRefresh.Listener() {
                    @Override
                    public void started(Feed feed, FeedRefresh.Progress p) {
                        draw(p);
                    }

                    @Override
                    public void saved(Feed feed, FeedRefresh.Progress p) {
                        draw(p);
                    }

                    @Override
                    public void finished(FeedReport report, FeedRefresh.Progress p) {
                        bar.clear();
                        cli.out.println("#" + report.feed().id() + " " + TerminalText.line(report.feed().displayTitle())
                                + ": " + TerminalText.line(report.outcome()));
                        cli.out.flush();
                        draw(p);
                    }

                    private void draw(FeedRefresh.Progress p) {
                        bar.draw(p.feedsDone(), p.feedsTotal(), p.failed(),
                                p.newArticles() + " new" + (p.current() == null ? "" : "  " + p.current()));
                    }
                });
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), 1);
            }
            bar.clear();
            cli.out.println(summary.line());
            return summary.failed() > 0 ? 1 : 0;
        }
    }
}
