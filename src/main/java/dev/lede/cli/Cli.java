package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.library.Tags;
import dev.lede.model.ControlText;
import dev.lede.query.QueryException;
import dev.lede.tui.App;
import dev.lede.store.StoreException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code lede} command: global options and the subcommands. Every command writes to the
 * given writers and returns an exit code (0 ok, 1 some items failed, 2 usage error), so it
 * runs the same in a terminal and in tests.
 */
@Command(name = "lede", mixinStandardHelpOptions = true, version = "Lede 0.1.0",
        description = "A keyboard-driven terminal news reader. Without a command, opens the reader.")
public final class Cli implements Callable<Integer> {
    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            AddCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
            ExtractCommand.class, TagCommands.Tag.class, TagCommands.Untag.class, TagCommands.Tags.class,
            StateCommands.Bookmark.class, StateCommands.Unbookmark.class, StateCommands.Read.class,
            StateCommands.Unread.class, StateCommands.Remove.class, RelatedCommand.class, StoriesCommand.class,
            StatsCommand.class, ExportCommand.class, KeysCommand.class,
            FeedCommand.class, RefreshCommand.class,
            FetchCommand.class, SyncCommand.class,
            StateCommands.Archive.class, StateCommands.Unarchive.class,
            CompletionCommand.class,
            ManCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--db", paramLabel = "PATH",
            description = "Library file (default: $LEDE_DB, else $XDG_DATA_HOME/lede/lede.db).")
    Path db;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = "--theme", paramLabel = "NAME", description = "Colour theme of the reader: default, light, dark,"
            + " solarized-dark, solarized-light, no-colour (default: the config file's theme).")
    String theme;

    final InputStream in;
    final PrintWriter out;
    final PrintWriter err;
    final Map<String, String> env;

    private Cli(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Runs {@code lede} with {@code args} and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, InputStream.nullInputStream(), out, err, env);
    }

    /** Runs {@code lede} with {@code args}, reading standard input from {@code in}. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Cli cli = new Cli(in, out, err, env);
        // Opening the reader is the common case and start-up time counts there: skip building
        // the whole command tree (picocli reads every command's annotations) when there is
        // nothing to parse.
        if (args.length == 0 || (args.length == 2 && args[0].equals("--db") && !args[1].startsWith("-"))) {
            cli.db = args.length == 2 ? Path.of(args[1]) : null;
            try {
                return cli.call();
            } catch (RuntimeException e) {
                err.println("lede: " + oneLine(e));
                err.flush();
                return 1;
            }
        }
        ListCommand list = QuickList.parse(cli, args);
        if (list != null) {
            int code;
            try {
                code = list.call();
            } catch (RuntimeException e) {
                code = cli.failed(e);
            }
            out.flush();
            err.flush();
            return code;
        }
        CommandLine line = new CommandLine(cli);
        // picocli reads every registered command's annotations up front (a tenth of a second
        // with the quick compiler): only the command being run is registered, or all of them
        // for help, an unknown command or none.
        Class<?> command = commandNamed(args);
        for (Class<?> c : command != null ? List.<Class<?>>of(command) : COMMANDS) {
            line.addSubcommand(c);
        }
        // A query may start with '-' (-tag:done, -word): in commands that take one, only their
        // own options are options.
        for (CommandLine sub : line.getSubcommands().values()) {
            if (sub.getCommand() instanceof TakesQuery) {
                sub.setUnmatchedOptionsArePositionalParams(true);
            }
        }
        line.setOut(out);
        line.setErr(err);
        line.setExitCodeExceptionMapper(e -> e instanceof CliException c ? c.exitCode : 1);
        line.setParameterExceptionHandler((e, a) -> {
            String message = e.getMessage();
            if (e instanceof CommandLine.UnmatchedArgumentException u && e.getCommandLine() == line
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                message = "unknown command '" + u.getUnmatched().get(0) + "'";
            }
            // picocli quotes the user's input: cleaned and cut like any echoed value
            err.println("lede: " + ControlText.echo(message, MESSAGE_LENGTH)
                    + " (see 'lede " + commandName(e.getCommandLine()) + "--help')");
            return 2;
        });
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> cli.failed(e));
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Reports a command's failure as one line (with the stack trace under --debug); the exit code it means. */
    private int failed(Exception e) {
        if (debug) {
            e.printStackTrace(err);
        }
        err.println("lede: " + oneLine(e));
        err.flush();
        if (e instanceof CliException c) {
            return c.exitCode;
        }
        return e instanceof QueryException || e instanceof Tags.InvalidTagException
                || e instanceof dev.lede.config.ConfigException ? 2 : 1;
    }

    /**
     * The whole command tree, every command registered, for what describes all of them
     * (shell completion, the man page); never run.
     */
    static CommandLine everyCommand() {
        CommandLine line = new CommandLine(new Cli(InputStream.nullInputStream(), null, null, Map.of()));
        COMMANDS.forEach(line::addSubcommand);
        return line;
    }

    /** The command {@code args} run, past the global options; null when it is help or not a known one. */
    private static Class<?> commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++; // its value
            } else if (arg.equals("--debug") || arg.startsWith("--db=")) {
                continue;
            } else if (arg.startsWith("-")) {
                return null; // --help, --version or a mistake: picocli answers with every command known
            } else {
                for (Class<?> c : COMMANDS) {
                    Command spec = c.getAnnotation(Command.class);
                    if (c != CommandLine.HelpCommand.class
                            && (spec.name().equals(arg) || List.of(spec.aliases()).contains(arg))) {
                        return c;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String commandName(CommandLine commandLine) {
        String name = commandLine.getCommandSpec().qualifiedName(" "); // "lede sync add" for a subcommand's own
        return name.equals("lede") ? "" : name.substring(name.indexOf(' ') + 1) + " ";
    }

    private static String oneLine(Exception e) {
        boolean expected = e instanceof CliException || e instanceof StoreException || e instanceof QueryException
                || e instanceof Tags.InvalidTagException || e instanceof dev.lede.config.ConfigException;
        String message = e.getMessage();
        if (!expected || message == null || message.isBlank()) {
            message = "unexpected error (" + e.getClass().getSimpleName()
                    + (message == null ? "" : ": " + message) + "); run again with --debug for details";
        }
        // Messages quote paths and values the user gave: no escape sequence or 20 MB line gets through.
        return ControlText.echo(message, MESSAGE_LENGTH);
    }

    /** The longest error line, in characters; the values messages quote are cut shorter still. */
    private static final int MESSAGE_LENGTH = 400;

    @Override
    public Integer call() {
        if ("dumb".equals(env.get("TERM"))) {
            // Such a terminal (an editor's shell, a serial console) cannot place text on the screen.
            err.println("lede: the reader needs a full-screen terminal and TERM=dumb is not one;"
                    + " run it in a terminal emulator, or use 'lede list' and 'lede show ID'");
            return 2;
        }
        if (System.console() == null) {
            err.println("lede: the reader needs a terminal; use 'lede list' and 'lede show ID' in scripts");
            return 2;
        }
        // The library opens (SQLite's first connection, the longest step of a start) while
        // the config file is read and the terminal set up.
        CompletableFuture<Library> opening = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<String> upgrading = new java.util.concurrent.atomic.AtomicReference<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(Library.open(libraryPath(), upgrading::set));
            } catch (Throwable t) {
                opening.completeExceptionally(t);
            }
        }, "lede-open");
        opener.setDaemon(true);
        opener.start();
        dev.lede.config.Config config;
        try {
            config = config();
        } catch (dev.lede.config.ConfigException e) {
            err.println("lede: " + e.getMessage());
            closeWhenOpen(opening); // an upgrade under way finishes rather than being cut off
            return 2;
        }
        // Never let anything open a Swing window (Lanterna does when it finds no terminal).
        System.setProperty("java.awt.headless", "true");
        out.flush();
        try {
            return App.run(opening, upgrading::get, library -> url -> saveUrl(library, url), env, config, err);
        } finally {
            closeWhenOpen(opening);
        }
    }

    private static void closeWhenOpen(CompletableFuture<Library> opening) {
        try {
            opening.join().close();
        } catch (java.util.concurrent.CompletionException e) {
            // it did not open: nothing to close (App.run, or the config error, said why)
        }
    }

    /** The config file's settings, with {@code --theme} over its theme; a bad file is a ConfigException. */
    dev.lede.config.Config config() {
        dev.lede.config.Config config = dev.lede.config.ConfigFile.load(env);
        return theme == null ? config : config.withTheme(theme);
    }

    /** The reader's {@code a} key: an outcome, never an exception. */
    private static dev.lede.library.SaveOutcome saveUrl(Library library, String url) {
        try {
            return library.add(url, java.util.List.of());
        } catch (RuntimeException e) {
            return new dev.lede.library.SaveOutcome.Failed(oneLine(e));
        }
    }

    /** The library file: --db, else $LEDE_DB, else the XDG data folder. */
    Path libraryPath() {
        if (db != null) {
            return db;
        }
        String fromEnv = env.get("LEDE_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String dataHome = env.get("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()
                ? Path.of(dataHome)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("lede").resolve("lede.db");
    }

    /** True when a person is watching: stdin and stdout are a terminal and this is the real process. */
    boolean interactive() {
        return System.console() != null && in == System.in;
    }

    /** Opens (creating when missing) the library, for commands that change it. */
    Library openLibrary() {
        return Library.open(libraryPath(), this::notice);
    }

    /** Opens the library for commands that only read it: it must exist, and is never written. */
    Library openLibraryForReading() {
        return Library.openReadOnly(libraryPath(), this::notice);
    }

    /** A line on standard error that tells why the command is waiting. */
    private void notice(String line) {
        err.println("lede: " + line);
        err.flush();
    }
}
