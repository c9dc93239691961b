package dev.lede.cli;

import dev.lede.tui.KeyMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lede keys}: the reader's key table, from the same key map its help screen shows. */
@Command(name = "keys", description = "List the reader's keys.")
final class KeysCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--markdown", description = "Print a Markdown table (for the README).")
    boolean markdown;

    @Override
    public Integer call() {
        KeyMap keys = KeyMap.defaults();
        if (markdown) {
            cli.out.print(keys.markdown());
        } else {
            keys.textLines().forEach(cli.out::println);
        }
        return 0;
    }
}
