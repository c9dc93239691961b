package dev.lede.cli;

import dev.lede.feed.FeedItem;
import dev.lede.feed.ParsedFeed;
import dev.lede.interop.Opml;
import dev.lede.library.Feeds;
import dev.lede.library.Library;
import dev.lede.library.UrlNormalizer;
import dev.lede.model.Feed;
import dev.lede.render.TerminalText;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede feed add|list|rm|show|export}: subscriptions. */
@Command(name = "feed", description = "Subscribe to RSS, Atom and JSON feeds (see 'lede refresh').",
        subcommands = {FeedCommand.Add.class, FeedCommand.ListFeeds.class, FeedCommand.Remove.class,
                FeedCommand.Show.class, FeedCommand.Export.class})
final class FeedCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(cli.err);
        return 2;
    }

    @Command(name = "add", description = {"Subscribe to feeds, then save their items as articles.",
            "URL is a feed, or a page that links to one (<link rel=\"alternate\">)."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Parameters(paramLabel = "URL", arity = "1..*", description = "Feed or page addresses.")
        List<String> urls = new ArrayList<>();

        @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Tag the feed and its articles (repeatable).")
        List<String> tags = new ArrayList<>();

        @Option(names = "--no-refresh", description = "Subscribe only; 'lede refresh' saves the items later.")
        boolean noRefresh;

        @Option(names = "--categories", description = "Also tag articles with the categories the feed gives its items.")
        boolean categories;

        @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "8", description = "Fetch N pages at a time (default 8).")
        int jobs;

        @Override
        public Integer call() {
            RefreshCommand.checkJobs(jobs);
            Cli cli = parent.cli;
            int failed = 0;
            try (Library library = cli.openLibrary()) {
                for (String url : urls) {
                    Feeds.Subscription s = library.feeds().subscribe(url, tags, categories, !noRefresh, jobs);
                    cli.out.println((s.failed() ? TerminalText.line(UrlNormalizer.withoutUserInfo(url)) + ": " : "")
                            + TerminalText.line(s.message()));
                    cli.out.flush();
                    failed += s.failed() ? 1 : 0;
                }
            }
            return failed > 0 ? 1 : 0;
        }
    }

    @Command(name = "list", description = "List subscriptions: id, status, title, articles (unread), last error.")
    static final class ListFeeds implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            Cli cli = parent.cli;
            try (Library library = cli.openLibraryForReading()) {
                List<Feed> feeds = library.feeds().list();
                if (json) {
                    cli.out.println(Json.write(feeds.stream().map(FeedCommand::json).toList()));
                    return 0;
                }
                if (feeds.isEmpty()) {
                    cli.out.println("no subscriptions; add one with 'lede feed add URL'");
                }
                for (Feed f : feeds) {
                    cli.out.printf("%5d %-5s %s (%d articles, %d unread)%s%n", f.id(), f.status(),
                            TerminalText.line(f.displayTitle()), f.articles(), f.unread(),
                            f.tags().isEmpty() ? "" : " #" + String.join(" #", f.tags()));
                    cli.out.println("      " + TerminalText.line(UrlNormalizer.withoutUserInfo(f.url())));
                    if (f.error() != null) {
                        cli.out.println("      last error: " + TerminalText.line(f.error()));
                    }
                }
                return 0;
            }
        }
    }

    static Map<String, Object> json(Feed f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("url", UrlNormalizer.withoutUserInfo(f.url())); // credentials are never printed
        m.put("title", f.displayTitle());
        m.put("site", f.site());
        m.put("tags", f.tags());
        m.put("articles", f.articles());
        m.put("unread", f.unread());
        m.put("fetched", f.fetched() == null ? null : f.fetched().toString());
        m.put("checked", f.checked() == null ? null : f.checked().toString());
        m.put("error", f.error());
        m.put("status", f.status());
        m.put("next_poll", f.nextPoll() == null ? null : f.nextPoll().toString());
        return m;
    }

    @Command(name = "rm", description = "Unsubscribe; the feed's saved articles stay in the library.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Feed ids, as 'lede feed list' shows them.")
        List<String> ids = new ArrayList<>();

        @Override
        public Integer call() {
            Cli cli = parent.cli;
            List<Long> parsed = feedIds(ids);
            int missing = 0;
            try (Library library = cli.openLibrary()) {
                for (long id : parsed) {
                    if (library.feeds().remove(id)) {
                        cli.out.println("unsubscribed #" + id);
                    } else {
                        cli.err.println("lede: no feed #" + id + "; 'lede feed list' shows the ids");
                        missing++;
                    }
                }
            }
            return missing > 0 ? 1 : 0;
        }
    }

    @Command(name = "show", description = "Read a feed (URL or file) and print its items, without saving anything.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Parameters(paramLabel = "URL|PATH", description = "A feed's address or a feed file.")
        String source;

        @Option(names = "--json", description = "Print the parse as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Cli cli = parent.cli;
            ParsedFeed feed;
            try (Library library = cli.openLibrary()) {
                feed = library.feeds().read(source);
            } catch (dev.lede.feed.FeedException | dev.lede.fetch.FetchException | java.io.IOException e) {
                throw new CliException(TerminalText.line(source) + ": " + e.getMessage(), 1);
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("title", feed.title());
                m.put("link", feed.link());
                List<Object> items = new ArrayList<>();
                for (FeedItem i : feed.items()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", i.id());
                    item.put("title", i.title());
                    item.put("link", i.link());
                    item.put("published", i.published());
                    item.put("updated", i.updated());
                    item.put("author", i.author());
                    item.put("summary", i.summary());
                    item.put("content", i.content());
                    item.put("categories", i.categories());
                    items.add(item);
                }
                m.put("items", items);
                cli.out.println(Json.write(m));
                return 0;
            }
            cli.out.println(TerminalText.line(String.valueOf(feed.title())) + " (" + feed.format() + ", "
                    + feed.items().size() + " items)" + (feed.link() == null ? "" : " " + TerminalText.line(feed.link())));
            for (FeedItem i : feed.items()) {
                String date = i.published() != null ? i.published() : i.updated() != null ? i.updated() : "";
                cli.out.printf("  %-10.10s  %s%n", date, TerminalText.line(String.valueOf(i.title())));
                if (i.link() != null) {
                    cli.out.println("              " + TerminalText.line(i.link()));
                }
            }
            return 0;
        }
    }

    @Command(name = "export", description = "Print every subscription as OPML 2.0 (tags in 'category').")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Override
        public Integer call() {
            Cli cli = parent.cli;
            try (Library library = cli.openLibraryForReading()) {
                // credentials in a feed's address are never printed
                cli.out.print(Opml.write(library.feeds().entries().stream().map(e -> new dev.lede.interop.FeedEntry(
                        UrlNormalizer.withoutUserInfo(e.url()), e.title(), e.site(), e.tags())).toList(), ZonedDateTime.now()));
            }
            return 0;
        }
    }

    /** Feed ids as users type them ({@code 3} or {@code #3}), or a usage error. */
    static List<Long> feedIds(List<String> texts) {
        List<Long> ids = new ArrayList<>();
        for (String text : texts) {
            String digits = text.startsWith("#") ? text.substring(1) : text;
            if (!digits.matches("\\d{1,18}") || Long.parseLong(digits) == 0) {
                throw new CliException("'" + TerminalText.line(text) + "' is not a feed id; 'lede feed list' shows them", 2);
            }
            ids.add(Long.parseLong(digits));
        }
        return ids;
    }
}
