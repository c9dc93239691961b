package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.render.Ansi;
import dev.lede.render.ArticleText;
import dev.lede.render.Line;
import dev.lede.render.TerminalText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede show ID}: the article as the reader sets it, styled only when printing to a terminal. */
@Command(name = "show", description = "Print an article set for the terminal.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = {"-w", "--width"}, paramLabel = "N", defaultValue = "80", description = "Line width (default 80).")
    int width;

    @Override
    public Integer call() {
        if (width < 20 || width > 1000) {
            throw new CliException("--width must be between 20 and 1000", 2);
        }
        long articleId = Ids.parse(id);
        try (Library library = cli.openLibraryForReading()) {
            Article article = library.get(articleId).orElseThrow(() -> CliException.noArticle(articleId));
            // A pipe or file gets plain text; styling is for people at a terminal.
            boolean styled = System.console() != null && !cli.env.containsKey("NO_COLOR");
            for (Line line : ArticleText.lines(article, width, library.highlights(articleId))) {
                cli.out.println(styled ? Ansi.styled(line) : line.text());
            }
            String pending = library.pendingStates(java.util.List.of(articleId)).get(articleId);
            if (pending != null) {
                cli.out.println();
                cli.out.println(pending.isEmpty() ? "Pending: the page is not fetched yet; 'lede fetch' fetches it."
                        : "Pending: fetching the page failed (" + TerminalText.line(pending) + "); 'lede fetch' tries again.");
            }
            HighlightText.print(cli.out, library.highlights(articleId), width);
            return 0;
        }
    }
}
