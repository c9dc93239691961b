package dev.lede.cli;

import dev.lede.tui.KeyMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lede keys}: the reader's key table as the config file leaves it, from the same key
 * map its help screen shows.
 */
@Command(name = "keys", description = "List the reader's keys (with the config file's bind lines applied).")
final class KeysCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--markdown", description = "Print a Markdown table (docs/KEYS.md).")
    boolean markdown;

    @Option(names = "--defaults", description = "The default keys, without the config file.")
    boolean defaults;

    @Option(names = "--actions", description = "List the action names that bind lines in the config file use.")
    boolean actions;

    @Override
    public Integer call() {
        KeyMap keys = defaults ? KeyMap.defaults() : KeyMap.defaults().with(cli.config());
        if (actions) {
            keys.actionLines().forEach(cli.out::println);
        } else if (markdown) {
            cli.out.print(keys.markdown());
        } else {
            keys.textLines().forEach(cli.out::println);
        }
        return 0;
    }
}
