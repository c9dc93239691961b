package dev.lede.cli;

import dev.lede.fetch.BulkFetch;
import dev.lede.interop.ExportFormat;
import dev.lede.interop.ImportException;
import dev.lede.interop.ImportedArticle;
import dev.lede.library.ArticleImport;
import dev.lede.library.FileImport;
import dev.lede.library.Library;
import dev.lede.library.SaveOutcome;
import dev.lede.render.TerminalText;
import dev.lede.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {
        "Import exports of other services, Lede's own export, saved pages (.html, .htm) and text articles (.txt, .md);"
                + " folders recursively. The format is found by content.",
        "Articles an export has no content for are saved at once and their pages fetched after"
                + " (lede fetch resumes an interrupted import). Articles already in the library are kept as they are.",
        "An OPML file or newsboat's urls file subscribes to the feeds it lists."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Tag what is imported (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--format", paramLabel = "NAME", description = "Read every file as this format: pocket, instapaper,"
            + " omnivore, wallabag, raindrop, readwise, karakeep, netscape, newsboat, opml, lede, markdown (notes with a"
            + " url in their front matter), html, text.")
    String format;

    @Option(names = "--no-fetch", description = "Save articles without content with their metadata only; 'lede fetch' fetches them later.")
    boolean noFetch;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Pages fetched at once (default 8).")
    int jobs = BulkFetch.DEFAULT_CONCURRENCY;

    @Override
    public Integer call() throws IOException {
        Library.normalizeTags(tags); // a bad tag is a usage error before anything is read
        Integer subscriptions = SubscriptionImport.run(cli, paths, tags);
        if (subscriptions != null) {
            return subscriptions;
        }
        ExportFormat forced = null;
        if (format != null) {
            forced = ExportFormat.named(format);
            if (forced == null) {
                throw new CliException("unknown format '" + format + "': use one of " + ExportFormat.names(), 2);
            }
        }
        if (jobs < 1 || jobs > 64) {
            throw new CliException("--jobs must be between 1 and 64", 2);
        }
        Set<Path> named = Set.copyOf(paths);
        try (Library library = cli.openLibrary(); Interruption interruption = Interruption.onSignal()) {
            ImportTally tally = new ImportTally();
            try {
                importAll(library, named, forced, tally);
            } catch (StoreException.DiskFull full) {
                cli.out.println(tally.summary());
                throw new CliException("the disk is full: stopped after " + (tally.saved + tally.already)
                        + " saved; free some space and run the same import again (what was saved is skipped)", 1);
            }
            if (Thread.interrupted()) {
                // Ctrl-C or kill while saving: what was saved, and how to go on; then the signal's exit code
                cli.out.println(tally.summary() + " (interrupted: run the same import again for the rest;"
                        + " what was saved is skipped)");
                waiting(library);
                return 130;
            }
            cli.out.println(tally.summary());
            int fetchFailed = 0;
            if (!noFetch && tally.pending > 0) {
                fetchFailed = FetchCommand.fetchAll(cli, library, jobs);
                if (Thread.interrupted()) {
                    return 130; // fetchAll said what was fetched and what still waits
                }
            } else if (tally.pending > 0) {
                waiting(library);
            }
            return tally.failed > 0 || fetchFailed > 0 ? 1 : 0;
        }
    }

    /** Says how many articles wait for their pages (this import's and any earlier one's), and what fetches them. */
    private void waiting(Library library) {
        int waiting = library.count(dev.lede.query.QueryParser.parse("is:pending"));
        if (waiting > 0) {
            cli.out.println(waiting + (waiting == 1 ? " article waits" : " articles wait")
                    + " for their pages: run 'lede fetch' to fetch them");
        }
        cli.out.flush();
    }

    /**
     * Every file: exports through their format's reader, saved pages through the file importer.
     * A full disk ends it at the first failed write ({@link StoreException.DiskFull}).
     */
    private void importAll(Library library, Set<Path> named, ExportFormat forced, ImportTally tally) {
        List<Path> pages = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        for (Path path : paths) {
            // An export unpacked into a folder (Omnivore's, Pocket's) is read as the export, not file by file.
            ExportFormat folder = forced == null && Files.isDirectory(path) ? ExportFolder.detect(path) : null;
            if (folder != null) {
                importFolder(library, path, folder, tally);
            } else {
                rest.add(path);
            }
        }
        for (Path file : FileImport.expand(rest)) {
            if (Thread.currentThread().isInterrupted()) {
                return; // Ctrl-C: the files after this one are not read
            }
            ExportFormat f = forced != null ? forced : detect(file);
            if (f == null || f == ExportFormat.HTML || f == ExportFormat.TEXT) {
                // Saved pages go through the file importer, which says what it makes of any other file.
                boolean unknownExport = f == null && named.contains(file) && FileImport.typeOf(file) == null
                        && Files.isRegularFile(file);
                if (unknownExport) {
                    cli.err.println(TerminalText.line(file.toString()) + ": failed: not a format Lede knows; tried "
                            + ExportFormat.TRIED);
                    tally.failed++;
                } else {
                    pages.add(file);
                }
                continue;
            }
            importExport(library, file, f, tally);
        }
        if (!pages.isEmpty() && !Thread.currentThread().isInterrupted()) {
            importPages(library, pages, tally);
        }
    }

    private static ExportFormat detect(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return null;
        }
        try {
            return ExportFormat.detect(file.getFileName().toString(), head(file));
        } catch (ImportException | IOException e) {
            return null;
        }
    }

    /** The whole file for a zip (its directory is at the end), else the first 64 KB. */
    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(65536);
            if (start.length >= 2 && start[0] == 'P' && start[1] == 'K') {
                return Files.readAllBytes(file);
            }
            return start;
        }
    }

    private void importFolder(Library library, Path folder, ExportFormat f, ImportTally tally) {
        List<ImportedArticle> entries;
        try {
            entries = f.readFolder(ExportFolder.files(folder));
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // Ctrl-C closed a file being read: not a failure of the export
            }
            cli.err.println(TerminalText.line(folder.toString()) + ": failed: not a readable " + f.flag() + " export: "
                    + TerminalText.line(String.valueOf(e.getMessage())));
            tally.failed++;
            return;
        }
        importEntries(library, folder, f, entries, tally);
    }

    private void importExport(Library library, Path file, ExportFormat f, ImportTally tally) {
        String label = TerminalText.line(file.toString());
        List<ImportedArticle> entries;
        try {
            if (f == ExportFormat.NEWSBOAT) {
                entries = library.articleImport().newsboatItems(file);
                // Its feeds become subscriptions, as newsboat's urls file does.
                List<dev.lede.interop.FeedEntry> feeds = dev.lede.store.NewsboatCache.feedUrls(file).stream()
                        .map(url -> new dev.lede.interop.FeedEntry(url, null, null, List.of())).toList();
                if (!feeds.isEmpty()) {
                    tally.failed += SubscriptionImport.subscribe(cli, library, feeds, tags);
                }
            } else if (f == ExportFormat.OPML) {
                tally.failed += SubscriptionImport.subscribe(cli, library, dev.lede.interop.Opml.read(Files.readAllBytes(file)), tags);
                return;
            } else {
                entries = f.read(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // Ctrl-C closed the file being read: not a failure of the file
            }
            cli.err.println(label + ": failed: cannot read the file: " + e.getClass().getSimpleName());
            tally.failed++;
            return;
        } catch (RuntimeException e) {
            cli.err.println(label + ": failed: not a readable " + f.flag() + " export: " + TerminalText.line(
                    String.valueOf(e.getMessage())));
            tally.failed++;
            return;
        }
        importEntries(library, file, f, entries, tally);
    }

    private void importEntries(Library library, Path file, ExportFormat f, List<ImportedArticle> entries,
                               ImportTally tally) {
        String label = TerminalText.line(file.toString());
        cli.out.println(label + ": " + f.flag() + " export, " + entries.size() + " articles");
        ProgressBar bar = new ProgressBar(cli.err, entries.size() > 1 && cli.interactive());
        int[] done = {0};
        library.articleImport().importAll(entries, tags, r -> {
            done[0]++;
            tally.add(r.outcome(), r.pending());
            if (r.outcome().failed()) {
                bar.clear();
                // Failures on stderr, like every error: a script reading stdout sees what landed.
                cli.err.println(TerminalText.line(r.entry().url()) + ": " + TerminalText.line(r.outcome().message()));
            }
            bar.draw(done[0], entries.size(), tally.failed, r.entry().url());
        });
        bar.clear();
        cli.out.flush();
    }

    private void importPages(Library library, List<Path> files, ImportTally tally) {
        ProgressBar bar = new ProgressBar(cli.err, files.size() > 1 && cli.interactive());
        int[] done = {0};
        library.importer().importAll(files, tags, (file, outcome) -> {
            bar.clear();
            java.io.PrintWriter to = outcome.failed() ? cli.err : cli.out;
            to.println(TerminalText.line(file.toString()) + ": " + TerminalText.line(outcome.message()));
            to.flush();
            tally.add(outcome, false);
            bar.draw(++done[0], files.size(), tally.failed, file.toString());
        });
        bar.clear();
    }

    /** Counts outcomes for the closing summary line. */
    static final class ImportTally {
        int saved;
        int already;
        int skipped;
        int failed;
        int pending;

        void add(SaveOutcome outcome, boolean isPending) {
            if (outcome instanceof SaveOutcome.Saved) {
                saved++;
                if (isPending) {
                    pending++;
                }
            } else if (outcome instanceof SaveOutcome.AlreadySaved) {
                already++;
            } else if (outcome instanceof SaveOutcome.Skipped) {
                skipped++;
            } else {
                failed++;
            }
        }

        String summary() {
            return String.format("imported %d, already saved %d, skipped %d, failed %d", saved, already, skipped, failed);
        }
    }
}
