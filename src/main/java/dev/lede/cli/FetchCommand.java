package dev.lede.cli;

import dev.lede.fetch.BulkFetch;
import dev.lede.library.Library;
import dev.lede.render.TerminalText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "fetch", description = {"Fetch the pages of every pending article (saved by an import without its content).",
        "Resumes an interrupted import; a page that fails stays pending with its error (see 'lede list is:pending')."})
final class FetchCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Pages fetched at once (default 8).")
    int jobs = BulkFetch.DEFAULT_CONCURRENCY;

    @Override
    public Integer call() {
        if (jobs < 1 || jobs > 64) {
            throw new CliException("--jobs must be between 1 and 64", 2);
        }
        try (Library library = cli.openLibrary(); Interruption interruption = Interruption.onSignal()) {
            int failed = fetchAll(cli, library, jobs);
            return Thread.interrupted() ? 130 : failed > 0 ? 1 : 0;
        }
    }

    /** Fetches every pending article with a line per article and a progress bar; returns how many failed. */
    static int fetchAll(Cli cli, Library library, int jobs) {
        ProgressBar bar = new ProgressBar(cli.err, cli.interactive());
        List<BulkFetch.Outcome> outcomes = library.pendingFetch().run(jobs, new BulkFetch.Listener() {
            @Override
            public void started(String url, BulkFetch.Progress p) {
                bar.draw(p.done(), p.total(), p.failed(), p.current());
            }

            @Override
            public void finished(BulkFetch.Outcome o, BulkFetch.Progress p) {
                if (o.message().equals(BulkFetch.CANCELLED) && !o.ok()) {
                    return; // Ctrl-C: counted in the summary, not a line each (an import may leave thousands)
                }
                bar.clear();
                // Failures on stderr, like every error: a script reading stdout sees what landed.
                java.io.PrintWriter to = o.ok() ? cli.out : cli.err;
                to.println(TerminalText.line(o.url()) + ": " + (o.ok() ? "" : "failed: ") + TerminalText.line(o.message()));
                to.flush();
                bar.draw(p.done(), p.total(), p.failed(), p.current());
            }
        });
        bar.clear();
        long cancelled = outcomes.stream().filter(o -> !o.ok() && o.message().equals(BulkFetch.CANCELLED)).count();
        long failed = outcomes.stream().filter(o -> !o.ok()).count() - cancelled;
        if (cancelled > 0) {
            cli.out.printf("fetched %d, failed %d, %d not fetched (interrupted: 'lede fetch' goes on with %d pending)%n",
                    outcomes.size() - failed - cancelled, failed, cancelled, cancelled + failed);
        } else {
            cli.out.printf("fetched %d, failed %d (failed ones stay pending: 'lede fetch' tries them again)%n",
                    outcomes.size() - failed, failed);
        }
        cli.out.flush();
        return (int) (failed + cancelled);
    }
}
