package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Highlight;
import dev.lede.query.QueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {"Print whole articles as JSON lines (one object a line), for backups and scripts.",
        "Each object has the 'list --json' fields plus canonical_url, language, excerpt, html, text and highlights;",
        "'lede import' restores it."})
final class ExportCommand implements Callable<Integer>, TakesQuery {
    private static final int PAGE = 200;

    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Only articles matching this query.")
    List<String> query = new ArrayList<>();

    @Override
    public Integer call() {
        var q = QueryParser.parse(String.join(" ", query));
        try (Library library = cli.openLibraryForReading()) {
            // A page of summaries at a time, then each body: memory stays flat on any library size.
            // Newest-first pages continue from the last row (keyset: no page costs more than the
            // first); ranked search results page by offset (keys there are scores, not dates).
            ArticleSummary last = null;
            for (int offset = 0; ; offset += PAGE) {
                List<ArticleSummary> page = q.hasText() ? library.list(q, offset, PAGE) : library.listAfter(q, last, PAGE);
                for (ArticleSummary summary : page) {
                    library.get(summary.id()).ifPresent(a -> cli.out.println(Json.write(object(a, library))));
                }
                if (page.size() < PAGE) {
                    return 0;
                }
                last = page.get(page.size() - 1);
            }
        }
    }

    private static Map<String, Object> object(Article a, Library library) {
        Map<String, Object> m = Output.json(a.summary());
        m.put("canonical_url", dev.lede.library.UrlNormalizer.withoutUserInfo(a.canonicalUrl()));
        m.put("language", a.language());
        m.put("excerpt", a.excerpt());
        m.put("position", a.position());
        m.put("html", a.html());
        m.put("text", a.text());
        List<Map<String, Object>> highlights = new ArrayList<>();
        for (Highlight h : library.highlights(a.id())) {
            Map<String, Object> hm = new java.util.LinkedHashMap<>();
            hm.put("quote", h.quote());
            hm.put("note", h.note());
            hm.put("position", h.position());
            hm.put("created", h.created().toString());
            highlights.add(hm);
        }
        m.put("highlights", highlights);
        return m;
    }
}
