package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.query.QueryParser;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", aliases = "ls", description = {"List articles, newest first, or those matching a query, best first.",
        "Query: words \"exact phrase\" -word tag:x -tag:x is:bookmarked is:unread is:read",
        "       site:example.com after:2025-01-01 before:2025-06-30"})
final class ListCommand implements Callable<Integer>, TakesQuery {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query (see above).")
    List<String> query = new ArrayList<>();

    @Option(names = "-n", paramLabel = "N", defaultValue = "50", description = "At most N articles (default 50; 0 for all).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--snippets", description = "Show the matching text under each hit.")
    boolean snippets;

    /** Which rows wait for their page (imported, not fetched yet), with the last fetch error; read in one query. */
    private static Map<Long, String> pendingStates(Library library, List<ArticleSummary> rows) {
        Map<Long, String> out = new java.util.HashMap<>();
        for (int from = 0; from < rows.size(); from += 500) {
            out.putAll(library.pendingStates(rows.subList(from, Math.min(rows.size(), from + 500)).stream()
                    .map(ArticleSummary::id).toList()));
        }
        return out;
    }

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new CliException("-n must be 0 or more", 2);
        }
        Query q = QueryParser.parse(String.join(" ", query));
        try (Library library = cli.openLibraryForReading()) {
            List<ArticleSummary> rows = library.list(q, 0, limit == 0 ? Integer.MAX_VALUE : limit);
            Map<Long, String> pending = pendingStates(library, rows);
            if (json) {
                List<Object> objects = new ArrayList<>();
                var feeds = library.feeds().feedsOf(rows.stream().map(ArticleSummary::id).toList());
                Map<Long, Long> stories = library.storyIds(rows.stream().map(ArticleSummary::id).toList());
                for (ArticleSummary a : rows) {
                    var m = Output.json(a);
                    m.put("feed", feeds.get(a.id()));
                    m.put("story", stories.get(a.id()));
                    m.put("pending", pending.containsKey(a.id()));
                    if (pending.containsKey(a.id()) && !pending.get(a.id()).isEmpty()) {
                        m.put("error", pending.get(a.id()));
                    }
                    if (snippets && a.snippet() != null) {
                        m.put("snippet", a.snippet().replace(String.valueOf(ArticleSummary.HIT_START), "")
                                .replace(String.valueOf(ArticleSummary.HIT_END), ""));
                    }
                    objects.add(m);
                }
                cli.out.println(Json.write(objects));
                return 0;
            }
            for (ArticleSummary a : rows) {
                String state = pending.get(a.id());
                cli.out.println(Output.row(a, state == null) + (state == null ? "" : state.isEmpty() ? " (pending)"
                        : " (fetch failed: " + TerminalText.line(state) + ")"));
                if (snippets && a.snippet() != null) {
                    cli.out.println("        " + Output.snippet(a.snippet(), System.console() == null));
                }
            }
            if (rows.isEmpty()) {
                cli.err.println(library.count(Query.ALL) == 0
                        ? "the library is empty: add articles with 'lede add URL' or 'lede import PATH'"
                        : "no article matches");
            }
            return 0;
        }
    }
}
