package dev.lede.cli;

import dev.lede.fetch.BulkFetch;
import dev.lede.library.Library;
import dev.lede.library.UrlNormalizer;
import dev.lede.model.ControlText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", description = {"Fetch pages and save their articles.",
        "With '-', reads URLs from standard input, one a line ('#' comments and blank lines skipped)."})
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "URL", arity = "1..*", description = "Addresses to save, or '-' for standard input.")
    List<String> urls = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "8", description = "Fetch N at a time (default 8).")
    int jobs;

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Tag what is saved (repeatable).")
    List<String> tags = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (jobs < 1 || jobs > 64) {
            throw new CliException("--jobs must be between 1 and 64", 2);
        }
        List<String> all = new ArrayList<>();
        for (String url : urls) {
            if (url.equals("-")) {
                all.addAll(readUrls());
            } else {
                all.add(url);
            }
        }
        if (all.isEmpty()) {
            throw new CliException("no URLs given; pass them as arguments or one a line with 'lede add -'", 2);
        }
        Library.normalizeTags(tags); // a bad tag is a usage error before anything is fetched
        try (Library library = cli.openLibrary()) {
            ProgressLine progress = new ProgressLine(cli, all.size() > 1 && cli.interactive());
            List<BulkFetch.Outcome> outcomes;
            try (Interruption interruption = Interruption.onSignal()) {
                outcomes = library.addAll(all, jobs, tags, progress);
                progress.close();
                long cancelled = outcomes.stream().filter(o -> !o.ok() && o.message().equals(BulkFetch.CANCELLED)).count();
                long failed = outcomes.stream().filter(o -> !o.ok()).count() - cancelled;
                boolean interrupted = Thread.interrupted(); // Ctrl-C or kill: summary, then the signal's exit code
                if (all.size() > 1 || interrupted) {
                    cli.out.printf("%d saved or already there, %d failed%s%n", outcomes.size() - failed - cancelled,
                            failed, cancelled > 0 ? ", " + cancelled + " cancelled (not saved: add them again)" : "");
                    cli.out.flush();
                }
                if (interrupted) {
                    return 130;
                }
                return failed + cancelled > 0 ? 1 : 0;
            }
        }
    }

    private List<String> readUrls() throws IOException {
        List<String> read = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(cli.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String url = line.strip();
            if (!url.isEmpty() && !url.startsWith("#")) {
                read.add(url);
            }
        }
        return read;
    }

    /** The longest URL or message a line of output repeats, in characters. */
    private static final int URL_ECHO = 300;

    /** One line per finished URL on stdout, and the progress bar on a terminal. */
    private static final class ProgressLine implements BulkFetch.Listener {
        private final Cli cli;
        private final ProgressBar bar;

        ProgressLine(Cli cli, boolean bar) {
            this.cli = cli;
            this.bar = new ProgressBar(cli.err, bar);
        }

        @Override
        public void started(String url, BulkFetch.Progress p) {
            bar.draw(p.done(), p.total(), p.failed(), p.current());
        }

        @Override
        public void finished(BulkFetch.Outcome o, BulkFetch.Progress p) {
            bar.clear();
            // Failures on stderr, like every error: a script reading stdout sees what landed.
            java.io.PrintWriter to = o.ok() ? cli.out : cli.err;
            // Cleaned and cut: a bad line of stdin is echoed here, and may be megabytes long.
            to.println(ControlText.echo(UrlNormalizer.withoutUserInfo(o.url()), URL_ECHO) + ": " + (o.ok() ? "" : "failed: ")
                    + ControlText.echo(o.message(), URL_ECHO));
            to.flush();
            bar.draw(p.done(), p.total(), p.failed(), p.current());
        }

        void close() {
            bar.clear();
        }
    }
}
