package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede tag}, {@code lede untag} and {@code lede tags}. */
final class TagCommands {
    private TagCommands() {
    }

    /** An article id and the tags to add or remove. */
    abstract static class TagChange implements Callable<Integer> {
        @ParentCommand
        Cli cli;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TAG")
        List<String> tags = new ArrayList<>();
    }

    @Command(name = "tag", description = "Add tags to an article.")
    static final class Tag extends TagChange {
        @Override
        public Integer call() {
            return change(cli, id, tags, true);
        }
    }

    @Command(name = "untag", description = "Remove tags from an article.")
    static final class Untag extends TagChange {
        @Override
        public Integer call() {
            return change(cli, id, tags, false);
        }
    }

    @Command(name = "tags", description = "List every tag with its number of articles.")
    static final class Tags implements Callable<Integer> {
        @ParentCommand
        Cli cli;
        @Option(names = "--json", description = "Print a JSON object of tag to count.")
        boolean json;

        @Override
        public Integer call() {
            try (Library library = cli.openLibraryForReading()) {
                Map<String, Integer> tags = library.tags();
                if (json) {
                    cli.out.println(Json.write(tags));
                } else {
                    tags.forEach((tag, n) -> cli.out.printf("%5d #%s%n", n, TerminalText.line(tag)));
                }
                return 0;
            }
        }
    }

    private static int change(Cli cli, String idText, List<String> tags, boolean add) {
        long id = Ids.parse(idText);
        try (Library library = cli.openLibrary()) {
            boolean found = add ? library.tag(id, tags) : library.untag(id, tags);
            if (!found) {
                throw CliException.noArticle(id);
            }
            List<String> now = library.summary(id).orElseThrow(() -> CliException.noArticle(id)).tags();
            cli.out.println("#" + id + " tags: " + (now.isEmpty() ? "(none)"
                    : TerminalText.line("#" + String.join(" #", now))));
            return 0;
        }
    }
}
