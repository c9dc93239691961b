package dev.lede.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lede completion bash|zsh|fish}: a completion script made from the command
 * definitions, so it lists exactly the commands and options this build has.
 */
@Command(name = "completion", description = {"Print a shell completion script (bash, zsh or fish).",
        "bash: source <(lede completion bash)   zsh: source <(lede completion zsh)",
        "fish: lede completion fish > ~/.config/fish/completions/lede.fish"})
final class CompletionCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
    String shell;

    @Override
    public Integer call() {
        CommandLine lede = Cli.everyCommand();
        switch (shell) {
            case "bash" -> cli.out.print(AutoComplete.bash("lede", lede));
            // picocli's script is bash's; zsh runs it through its bash-completion layer.
            case "zsh" -> cli.out.print("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
                    + AutoComplete.bash("lede", lede));
            case "fish" -> cli.out.print(fish(lede));
            default -> throw new CliException("no completion for '" + dev.lede.model.ControlText.echo(shell)
                    + "'; give bash, zsh or fish", 2);
        }
        return 0;
    }

    /** fish's completions: each command, and each command's options once it is typed. */
    static String fish(CommandLine lede) {
        StringBuilder out = new StringBuilder("# fish completion for lede, made by 'lede completion fish'\n");
        out.append("complete -c lede -f\n");
        for (OptionSpec option : lede.getCommandSpec().options()) {
            out.append(fishOption("__fish_use_subcommand", option));
        }
        for (Map.Entry<String, CommandLine> entry : lede.getSubcommands().entrySet()) {
            CommandSpec spec = entry.getValue().getCommandSpec();
            if (!entry.getKey().equals(spec.name())) {
                continue; // an alias: completed as its command
            }
            out.append("complete -c lede -n __fish_use_subcommand -a ").append(entry.getKey())
                    .append(" -d ").append(quote(firstLine(spec.usageMessage().description()))).append('\n');
            for (OptionSpec option : spec.options()) {
                out.append(fishOption("__fish_seen_subcommand_from " + entry.getKey(), option));
            }
        }
        out.append("complete -c lede -n '__fish_seen_subcommand_from import' -F\n");
        out.append("complete -c lede -n '__fish_seen_subcommand_from extract' -F\n");
        out.append("complete -c lede -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n");
        return out.toString();
    }

    private static String fishOption(String condition, OptionSpec option) {
        StringBuilder line = new StringBuilder("complete -c lede -n '" + condition + "'");
        for (String name : option.names()) {
            if (name.startsWith("--")) {
                line.append(" -l ").append(name.substring(2));
            } else if (name.length() == 2) {
                line.append(" -s ").append(name.substring(1));
            } else {
                line.append(" -o ").append(name.substring(1));
            }
        }
        if (option.arity().max() > 0) {
            line.append(option.paramLabel().equals("PATH") ? " -r -F" : " -r");
        }
        return line.append(" -d ").append(quote(firstLine(option.description()))).append('\n').toString();
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? "" : description[0].replaceAll("\\s+", " ").strip();
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The shells this command knows, for help and tests. */
    static final List<String> SHELLS = List.of("bash", "zsh", "fish");
}
