package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.library.Sync;
import dev.lede.model.SyncAccount;
import dev.lede.model.SyncChange;
import dev.lede.sync.SyncException;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lede sync}: pulls from and pushes to a Google Reader API account; its subcommands
 * set the account, show where it stands and remove it.
 */
@Command(name = "sync", description = "Sync with a FreshRSS, Miniflux or other Google Reader API account.",
        subcommands = {SyncCommand.Add.class, SyncCommand.Status.class, SyncCommand.Remove.class})
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        try (Library library = cli.openLibrary()) {
            return run(library.sync(), cli);
        }
    }

    /** Runs one sync and reports it in one line; shared with {@code lede refresh} when an account is set. */
    static int run(Sync sync, Cli cli) {
        ProgressBar bar = cli.interactive() ? new ProgressBar(cli.err, true) : null;
        try {
            Sync.Report r = sync.run(bar == null ? Sync.Listener.SILENT : (done, total) -> bar.draw(done, total, 0, "saving new items"));
            if (bar != null) {
                bar.clear();
            }
            cli.out.println("synced: " + r.newArticles() + " new articles"
                    + (r.fromServerContent() > 0 ? " (" + r.fromServerContent() + " from the server's copy)" : "")
                    + ", " + r.changedArticles() + " changed, " + r.pushed() + " changes sent, "
                    + r.subscriptions() + " subscriptions (" + r.requests() + " requests)");
            return 0;
        } catch (SyncException e) {
            if (bar != null) {
                bar.clear();
            }
            throw new CliException("sync failed: " + e.getMessage(), 1);
        }
    }

    @Command(name = "add", description = "Set the account: the API address (e.g. https://rss.example.net/api/greader.php)"
            + " and user; the password comes from a prompt, --password-file or $LEDE_SYNC_PASSWORD.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Parameters(paramLabel = "URL", description = "The Google Reader API address.")
        String url;
        @Option(names = "--user", required = true, paramLabel = "NAME")
        String user;
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the file's first line.")
        Path passwordFile;

        @Override
        public Integer call() {
            Cli cli = parent.cli;
            String password = password(cli);
            try (Library library = cli.openLibrary()) {
                Sync sync = library.sync();
                SyncAccount old = sync.account().orElse(null);
                SyncAccount account = sync.addAccount(url, user, password);
                boolean same = old != null && old.url().equals(account.url()) && old.user().equals(account.user());
                cli.out.println((same ? "password updated for " : "sync account set: ") + account.user() + " at "
                        + account.url() + (same ? "" : "; run 'lede sync' to sync"));
                return 0;
            } catch (SyncException e) {
                throw new CliException("account not set: " + e.getMessage(), 1);
            }
        }

        private String password(Cli cli) {
            if (passwordFile != null) {
                try {
                    String first = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    if (first.isEmpty()) {
                        throw new CliException("the password file " + passwordFile + " is empty", 2);
                    }
                    return first;
                } catch (IOException e) {
                    throw new CliException("cannot read the password file " + passwordFile + ": " + e.getMessage(), 2);
                }
            }
            String fromEnv = cli.env.get("LEDE_SYNC_PASSWORD");
            if (fromEnv != null && !fromEnv.isEmpty()) {
                return fromEnv;
            }
            Console console = System.console();
            if (console != null && cli.interactive()) {
                char[] typed = console.readPassword("Password for %s: ", user);
                if (typed != null && typed.length > 0) {
                    return new String(typed);
                }
            }
            throw new CliException("no password: type it at the prompt, or give --password-file FILE or LEDE_SYNC_PASSWORD", 2);
        }
    }

    @Command(name = "status", description = "The account, the last sync, changes waiting to be sent, the last error.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Option(names = "--json", description = "Print a JSON object.")
        boolean json;

        @Override
        public Integer call() {
            Cli cli = parent.cli;
            try (Library library = cli.openLibrary()) {
                Sync sync = library.sync();
                SyncAccount account = sync.account().orElse(null);
                List<SyncChange> pending = sync.pending();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("account", account == null ? null : account.user() + " at " + account.url());
                m.put("url", account == null ? null : account.url());
                m.put("user", account == null ? null : account.user());
                m.put("last_sync", account == null || account.lastSync() == null ? null : account.lastSync().toString());
                m.put("pending", pending.size());
                m.put("subscriptions", sync.feeds().size());
                m.put("last_error", account == null ? null : account.lastError());
                if (json) {
                    cli.out.println(Json.write(m));
                } else if (account == null) {
                    cli.out.println("no sync account; add one with 'lede sync add URL --user NAME'");
                } else {
                    cli.out.println("account        " + m.get("account"));
                    cli.out.println("last sync      " + (m.get("last_sync") == null ? "never" : m.get("last_sync")));
                    cli.out.println("pending        " + pending.size() + " changes to send");
                    cli.out.println("subscriptions  " + m.get("subscriptions"));
                    if (account.lastError() != null) {
                        cli.out.println("last error     " + account.lastError());
                    }
                }
                return 0;
            }
        }
    }

    @Command(name = "rm", description = "Remove the account, its stored password and its queue; the articles stay.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;

        @Override
        public Integer call() {
            Cli cli = parent.cli;
            try (Library library = cli.openLibrary()) {
                int pending = library.sync().pending().size();
                if (!library.sync().removeAccount()) {
                    cli.out.println("no sync account to remove");
                    return 0;
                }
                cli.out.println("sync account removed" + (pending > 0 ? " (" + pending + " unsent changes dropped)" : "")
                        + "; its articles stay in the library");
                return 0;
            } catch (SyncException e) {
                throw new CliException(e.getMessage(), 1);
            }
        }
    }
}
