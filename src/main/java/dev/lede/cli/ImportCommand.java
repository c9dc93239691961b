package dev.lede.cli;

import dev.lede.library.FileImport;
import dev.lede.library.Library;
import dev.lede.library.SaveOutcome;
import dev.lede.render.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {"Import saved pages (.html, .htm) and text articles (.txt, .md); folders recursively.",
        "An OPML file or newsboat's urls file subscribes to the feeds it lists."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Tag what is imported (repeatable).")
    List<String> tags = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
        Library.normalizeTags(tags); // a bad tag is a usage error before anything is read
        Integer subscriptions = SubscriptionImport.run(cli, paths, tags);
        if (subscriptions != null) {
            return subscriptions;
        }
        try (Library library = cli.openLibrary()) {
            List<Path> files = FileImport.expand(paths);
            Tally tally = new Tally();
            ProgressBar bar = new ProgressBar(cli.err, files.size() > 1 && cli.interactive());
            library.importer().importAll(files, tags, (file, outcome) -> {
                bar.clear();
                // Failures on stderr, like every error: a script reading stdout sees what landed.
                PrintWriter to = outcome.failed() ? cli.err : cli.out;
                to.println(TerminalText.line(file.toString()) + ": " + TerminalText.line(outcome.message()));
                to.flush();
                tally.add(outcome);
                bar.draw(tally.total(), files.size(), tally.failed, file.toString());
            });
            cli.out.println(tally.summary("imported"));
            return tally.failed > 0 ? 1 : 0;
        }
    }

    /** Counts outcomes for the closing summary line. */
    static final class Tally {
        int saved;
        int already;
        int skipped;
        int failed;

        void add(SaveOutcome outcome) {
            if (outcome instanceof SaveOutcome.Saved) {
                saved++;
            } else if (outcome instanceof SaveOutcome.AlreadySaved) {
                already++;
            } else if (outcome instanceof SaveOutcome.Skipped) {
                skipped++;
            } else {
                failed++;
            }
        }

        int total() {
            return saved + already + skipped + failed;
        }

        String summary(String verb) {
            return String.format("%s %d, already saved %d, skipped %d, failed %d", verb, saved, already, skipped, failed);
        }
    }
}
