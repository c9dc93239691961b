package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.render.TerminalText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

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
        try (Library library = cli.openLibrary()) {
            Article article = library.get(articleId).orElseThrow(() -> CliException.noArticle(articleId));
            for (String line : wrap(TerminalText.line(article.title()), width)) {
                cli.out.println(line);
            }
            for (String line : wrap(TerminalText.line(Output.row(article.summary()).strip()), width)) {
                cli.out.println(line);
            }
            cli.out.println();
            for (String paragraph : article.text().split("\n")) {
                for (String line : wrap(TerminalText.line(paragraph), width)) {
                    cli.out.println(line);
                }
            }
            return 0;
        }
    }

    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
