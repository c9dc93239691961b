package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.model.Article;
import dev.lede.render.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Commands that change one flag of articles, and {@code rm}. Unknown ids fail; the rest still change. */
final class StateCommands {
    private StateCommands() {
    }

    /** What a command does to one article; false when there is no such article. */
    private interface Change {
        boolean apply(Library library, long id);
    }

    abstract static class FlagCommand implements Callable<Integer> {
        @ParentCommand
        Cli cli;
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<String> ids = new ArrayList<>();

        abstract Change change();

        abstract String done();

        @Override
        public Integer call() {
            List<Long> parsed = Ids.parseAll(ids);
            int failed = 0;
            try (Library library = cli.openLibrary()) {
                for (long id : parsed) {
                    if (change().apply(library, id)) {
                        cli.out.println("#" + id + " " + done());
                    } else {
                        CliException.reportNoArticle(cli.err, id);
                        failed++;
                    }
                }
            }
            return failed > 0 ? 1 : 0;
        }
    }

    @Command(name = "bookmark", description = "Bookmark articles.")
    static final class Bookmark extends FlagCommand {
        Change change() {
            return (library, id) -> library.setBookmarked(id, true);
        }

        String done() {
            return "bookmarked";
        }
    }

    @Command(name = "unbookmark", description = "Remove bookmarks.")
    static final class Unbookmark extends FlagCommand {
        Change change() {
            return (library, id) -> library.setBookmarked(id, false);
        }

        String done() {
            return "no longer bookmarked";
        }
    }

    @Command(name = "read", description = "Mark articles read.")
    static final class Read extends FlagCommand {
        Change change() {
            return (library, id) -> library.setRead(id, true);
        }

        String done() {
            return "marked read";
        }
    }

    @Command(name = "unread", description = "Mark articles unread.")
    static final class Unread extends FlagCommand {
        Change change() {
            return (library, id) -> library.setRead(id, false);
        }

        String done() {
            return "marked unread";
        }
    }

    @Command(name = "archive", description = "Archive articles: the reader's list and is:archived set them apart.")
    static final class Archive extends FlagCommand {
        Change change() {
            return (library, id) -> library.setArchived(id, true);
        }

        String done() {
            return "archived";
        }
    }

    @Command(name = "unarchive", description = "Take articles out of the archive.")
    static final class Unarchive extends FlagCommand {
        Change change() {
            return (library, id) -> library.setArchived(id, false);
        }

        String done() {
            return "no longer archived";
        }
    }

    @Command(name = "rm", aliases = "delete",
            description = "Delete articles. This cannot be undone: lede add URL saves a page again, as a new article.")
    static final class Remove extends FlagCommand {
        private String title = "";

        Change change() {
            return (library, id) -> {
                Optional<Article> deleted = library.delete(id);
                // the reader's u undoes a delete in its session; from the command line there is no undo
                title = deleted.map(a -> ": " + TerminalText.line(a.title()) + "\n    this cannot be undone; "
                        + saveAgain(a.url()) + " saves it again, as a new article").orElse("");
                return deleted.isPresent();
            };
        }

        /** The command that saves the source of an article again: import for a file, add for a page. */
        private static String saveAgain(String url) {
            if (url.startsWith("file:")) {
                try {
                    return "lede import " + TerminalText.line(java.nio.file.Path.of(java.net.URI.create(url)).toString());
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    // not a file URL this system reads: show it as it is
                }
            }
            return "lede add " + TerminalText.line(url);
        }

        String done() {
            return "deleted" + title;
        }
    }
}
