package dev.lede.cli;

import dev.lede.library.FileImport;
import dev.lede.library.Library;
import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import dev.lede.render.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", description = "Extract the article from a saved page without saving it.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { text, html, json }

    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "PATH", description = "An .html page (or a .txt/.md article).")
    Path path;

    @Option(names = "--base-url", paramLabel = "URL", description = "The page's address, for links and metadata.")
    String baseUrl;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, html or json (default text).")
    Format format;

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                throw new CliException("no such file: " + TerminalText.line(path.toString()), 1);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CliException("cannot read " + TerminalText.line(path.toString()) + ": " + e.getMessage(), 1);
        }
        String url = baseUrl != null ? baseUrl : path.toAbsolutePath().normalize().toUri().toString();
        String type = FileImport.typeOf(path);
        ExtractedArticle article;
        try {
            article = Library.extract(new Page(bytes, url, type == null ? "text/html" : type, null));
        } catch (RuntimeException e) { // the extractor's one failure: a page over its time budget
            throw new CliException(e.getMessage() + ": " + TerminalText.line(path.toString()), 1);
        }
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", article.title());
            m.put("byline", article.byline());
            m.put("site", article.site());
            m.put("published", article.published());
            m.put("language", article.language());
            m.put("canonical_url", article.canonicalUrl());
            m.put("lead_image", article.leadImage());
            m.put("excerpt", article.excerpt());
            m.put("words", article.wordCount());
            m.put("html", article.html());
            m.put("text", article.text());
            cli.out.println(Json.write(m));
        } else if (!article.isEmpty()) {
            cli.out.println(format == Format.html ? article.html() : article.text());
        }
        if (article.isEmpty()) {
            cli.err.println("lede: no article found in " + TerminalText.line(path.toString()));
            return 1;
        }
        return 0;
    }
}
