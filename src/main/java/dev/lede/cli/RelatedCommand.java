package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.model.RelatedArticle;
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

@Command(name = "related", description = "Show the articles most related to each given article.")
final class RelatedCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<String> ids = new ArrayList<>();

    @Option(names = "-n", paramLabel = "K", defaultValue = "10", description = "How many (default 10).")
    int k;

    @Option(names = "--json", description = "One JSON object per line: {\"id\": ID, \"related\": [...]}.")
    boolean json;

    @Override
    public Integer call() {
        if (k < 1) {
            throw new CliException("-n must be at least 1", 2);
        }
        List<Long> parsed = Ids.parseAll(ids);
        int failed = 0;
        try (Library library = cli.openLibraryForReading()) {
            for (long id : parsed) {
                if (library.summary(id).isEmpty()) {
                    CliException.reportNoArticle(cli.err, id);
                    failed++;
                    continue;
                }
                List<RelatedArticle> related = library.related(id, k);
                if (json) {
                    List<Object> items = new ArrayList<>();
                    for (RelatedArticle r : related) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", r.article().id());
                        m.put("title", r.article().title());
                        m.put("score", Math.round(r.score() * 10000) / 10000.0);
                        m.put("reasons", r.reasons());
                        items.add(m);
                    }
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", id);
                    line.put("related", items);
                    cli.out.println(Json.write(line));
                } else {
                    if (parsed.size() > 1) {
                        cli.out.println("#" + id + ":");
                    }
                    for (RelatedArticle r : related) {
                        cli.out.println(Output.row(r.article()) + "  (" + TerminalText.line(String.join(", ", r.reasons())) + ")");
                    }
                    if (related.isEmpty()) {
                        cli.out.println("no related articles yet");
                    }
                }
            }
        }
        return failed > 0 ? 1 : 0;
    }
}
