package dev.lede.cli;

import dev.lede.interop.MarkdownWriter;
import dev.lede.interop.NetscapeWriter;
import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Highlight;
import dev.lede.query.QueryParser;
import dev.lede.render.ArticleText;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {"Export articles: JSON lines (default; 'lede import' restores it), a folder of"
        + " Markdown notes, a Netscape bookmarks file, or the feeds as OPML.",
        "JSON objects have the 'list --json' fields plus canonical_url, language, excerpt, position, html, text and highlights."})
final class ExportCommand implements Callable<Integer>, TakesQuery {
    private static final int PAGE = 200;

    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Only articles matching this query.")
    List<String> query = new ArrayList<>();

    @Option(names = "--format", paramLabel = "NAME", defaultValue = "jsonl",
            description = "jsonl (default), markdown (a folder, one .md per article with YAML front matter and its"
                    + " highlights), netscape (bookmarks for any browser or buku) or opml (the subscribed feeds).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write to this file (a folder for markdown) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        var q = QueryParser.parse(String.join(" ", query));
        switch (format) {
            case "jsonl", "markdown", "netscape", "opml" -> { }
            default -> throw new CliException("unknown export format '" + format + "': use jsonl, markdown, netscape or opml", 2);
        }
        if (format.equals("markdown") && output == null) {
            throw new CliException("a markdown export is a folder of notes: name it with -o FOLDER", 2);
        }
        try (Library library = cli.openLibraryForReading()) {
            if (format.equals("markdown")) {
                Path folder = output;
                createFolder(folder);
                int[] n = {0};
                each(library, q, a -> {
                    write(folder.resolve(MarkdownWriter.fileName(a)),
                            MarkdownWriter.write(a, ArticleText.site(a.summary()), library.highlights(a.id())));
                    n[0]++;
                });
                cli.err.println("exported " + n[0] + " articles to " + folder);
                return 0;
            }
            PrintWriter out = output == null ? cli.out : open(output);
            try {
                if (format.equals("opml")) {
                    // The subscriptions, as 'lede feed export' prints them; a query does not apply to feeds.
                    out.print(dev.lede.interop.Opml.write(library.feeds().entries(), java.time.ZonedDateTime.now()));
                } else if (format.equals("netscape")) {
                    NetscapeWriter writer = new NetscapeWriter(out);
                    writer.header();
                    each(library, q, writer::article);
                    writer.footer();
                } else {
                    each(library, q, a -> out.println(Json.write(object(a, library))));
                }
            } finally {
                out.flush();
                if (output != null) {
                    out.close();
                }
            }
            return 0;
        }
    }

    /** Every article matching {@code q}, newest first, one body in memory at a time. */
    private static void each(Library library, dev.lede.model.Query q, Consumer<Article> action) {
        // A page of summaries at a time, then each body: memory stays flat on any library size.
        // Newest-first pages continue from the last row (keyset: no page costs more than the
        // first); ranked search results page by offset (keys there are scores, not dates).
        ArticleSummary last = null;
        for (int offset = 0; ; offset += PAGE) {
            List<ArticleSummary> page = q.hasText() ? library.list(q, offset, PAGE) : library.listAfter(q, last, PAGE);
            for (ArticleSummary summary : page) {
                library.get(summary.id()).ifPresent(action);
            }
            if (page.size() < PAGE) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CliException("cannot create the folder " + folder + ": " + e.getMessage(), 1);
        }
    }

    private static PrintWriter open(Path file) {
        try {
            return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage(), 1);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            Map<String, Object> hm = new LinkedHashMap<>();
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
