package dev.lede.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lede man}: the manual page in troff, made from the command definitions, so it
 * always matches the commands and options of this build. Read it with
 * {@code lede man | man -l -}, or install it as {@code lede.1}.
 */
@Command(name = "man", description = {"Print the manual page (troff).",
        "Read it with: lede man | man -l -   Install: lede man > ~/.local/share/man/man1/lede.1"})
final class ManCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        cli.out.print(page(Cli.everyCommand()));
        return 0;
    }

    static String page(CommandLine lede) {
        CommandSpec root = lede.getCommandSpec();
        StringBuilder man = new StringBuilder();
        man.append(".TH LEDE 1 \"\" \"").append(escape(root.version()[0])).append("\" \"User Commands\"\n");
        man.append(".SH NAME\nlede \\- a keyboard\\-driven terminal news reader\n");
        man.append(".SH SYNOPSIS\n.B lede\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] [\\fB\\-\\-debug\\fR]"
                + " [\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]]\n");
        man.append(".SH DESCRIPTION\n");
        for (String line : root.usageMessage().description()) {
            man.append(escape(line)).append('\n');
        }
        man.append(".PP\nArticles live in one SQLite file; every reader action has a command twin below.\n");
        man.append(".SH GLOBAL OPTIONS\n");
        root.options().forEach(option -> option(man, option));
        man.append(".SH COMMANDS\n");
        for (Map.Entry<String, CommandLine> entry : lede.getSubcommands().entrySet()) {
            CommandSpec spec = entry.getValue().getCommandSpec();
            if (!entry.getKey().equals(spec.name()) || spec.name().equals("help")) {
                continue; // aliases are named with their command
            }
            String synopsis = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip();
            man.append(".SS \"").append(escape(synopsis).replace("\"", "\\(dq")).append("\"\n");
            if (spec.aliases().length > 0) {
                man.append("Also: ").append(escape(String.join(", ", spec.aliases()))).append(".\n.br\n");
            }
            for (String line : spec.usageMessage().description()) {
                man.append(escape(line.strip())).append("\n.br\n");
            }
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                if (parameter.description().length > 0) {
                    man.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR\n")
                            .append(escape(String.join(" ", parameter.description()))).append('\n');
                }
            }
            spec.options().forEach(option -> option(man, option));
        }
        man.append("""
                .SH EXIT STATUS
                .TP
                0
                Success.
                .TP
                1
                Some items failed (each is reported on standard error), or the library could not be used.
                .TP
                2
                Usage error: an unknown option or command, a bad query, id or tag.
                .TP
                130, 143
                Interrupted by Ctrl\\-C (SIGINT) or terminated (SIGTERM); \\fBlede add\\fR first reports what was saved and what was cancelled.
                .SH ENVIRONMENT
                .TP
                LEDE_DB
                The library file when \\fB\\-\\-db\\fR is not given.
                .TP
                XDG_DATA_HOME
                The library is \\fI$XDG_DATA_HOME/lede/lede.db\\fR (default \\fI~/.local/share/lede/lede.db\\fR).
                .TP
                NO_COLOR
                Turns colours off.
                .TP
                TERM
                The reader needs a full\\-screen terminal; with TERM=dumb it says so and exits.
                .SH FILES
                .TP
                ~/.local/share/lede/lede.db
                The default library: one SQLite file in WAL mode (with \\fI\\-wal\\fR and \\fI\\-shm\\fR files beside it while in use).
                .SH SEE ALSO
                The README of the project, and \\fBlede keys\\fR for the reader's keys.
                """);
        return man.toString();
    }

    private static void option(StringBuilder man, OptionSpec option) {
        if (option.usageHelp() || option.versionHelp()) {
            return;
        }
        man.append(".TP\n");
        String[] names = option.names();
        for (int i = 0; i < names.length; i++) {
            man.append(i > 0 ? ", " : "").append("\\fB").append(escape(names[i])).append("\\fR");
        }
        if (option.arity().max() > 0) {
            man.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
        }
        man.append('\n').append(escape(String.join(" ", option.description()))).append('\n');
    }

    /** Text safe in troff: backslashes and dashes escaped, no line starting a request. */
    static String escape(String text) {
        String t = text.replace("\\", "\\e").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
