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

    /** The width when neither {@code --width} nor the config file's {@code width} sets one. */
    static final int DEFAULT_WIDTH = 80;

    @Option(names = {"-w", "--width"}, paramLabel = "N",
            description = "Line width (default: the config file's width, else " + DEFAULT_WIDTH + ").")
    Integer widthOption;

    @Override
    public Integer call() {
        if (widthOption != null && (widthOption < 20 || widthOption > 1000)) {
            throw new CliException("--width must be between 20 and 1000", 2);
        }
        // The config's width sets the reader's text column: lede show sets text the same way.
        int configured = widthOption == null ? cli.config().width() : 0;
        int width = widthOption != null ? widthOption : configured > 0 ? configured : DEFAULT_WIDTH;
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
