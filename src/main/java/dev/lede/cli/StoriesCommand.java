package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.model.Story;
import dev.lede.query.QueryParser;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stories", description = {"List stories (every article about one event), newest activity first.",
        "Only stories with more than one article, unless --all. With QUERY, the stories holding a match."})
final class StoriesCommand implements Callable<Integer>, TakesQuery {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query, as for 'lede list'.")
    List<String> query = new ArrayList<>();

    @Option(names = "-n", paramLabel = "N", defaultValue = "50", description = "At most N stories (default 50; 0 for all).")
    int limit;

    @Option(names = "--json", description = "One JSON object per line: {\"story\", \"title\", \"articles\", \"first\", \"last\"}.")
    boolean json;

    @Option(names = "--all", description = "Also stories of one article: every article appears once.")
    boolean all;

    @Option(names = "--rebuild", description = "Draw every story again from scratch first.")
    boolean rebuild;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new CliException("-n must be 0 or more", 2);
        }
        Query q = QueryParser.parse(String.join(" ", query));
        // Listing only reads; --rebuild writes every story again.
        try (Library library = rebuild ? cli.openLibrary() : cli.openLibraryForReading()) {
            if (rebuild) {
                int placed = library.rebuildStories();
                cli.err.println("placed " + placed + " articles in their stories");
            } else {
                int placed = library.assignPendingStories(); // saved before stories existed
                if (placed > 0) {
                    cli.err.println("placed " + placed + " older articles in their stories");
                }
            }
            List<Story> stories = library.stories(q, all, limit == 0 ? Integer.MAX_VALUE : limit);
            for (Story s : stories) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("story", s.id());
                    m.put("title", s.title());
                    List<Long> ids = new ArrayList<>();
                    for (ArticleSummary a : s.articles()) {
                        ids.add(a.id());
                    }
                    m.put("articles", ids);
                    m.put("first", s.first());
                    m.put("last", s.last());
                    cli.out.println(Json.write(m));
                } else {
                    cli.out.println(String.format("story %d · %d article%s · %s – %s", s.id(), s.articles().size(),
                            s.articles().size() == 1 ? "" : "s", day(s.first()), day(s.last())));
                    cli.out.println("  " + TerminalText.line(s.title()));
                    for (ArticleSummary a : s.articles()) {
                        cli.out.println("  " + Output.row(a));
                    }
                }
            }
            if (stories.isEmpty() && !json) {
                cli.err.println(library.count(Query.ALL) == 0
                        ? "the library is empty: add articles with 'lede add URL' or 'lede import PATH'"
                        : "no story with more than one article" + (q.matchesAll() ? "" : " matches")
                                + (all ? "" : " (--all lists stories of one too)"));
            }
            return 0;
        }
    }

    private static String day(String iso) {
        return iso.length() >= 10 ? iso.substring(0, 10) : iso;
    }
}
