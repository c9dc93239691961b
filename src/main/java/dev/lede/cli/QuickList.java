package dev.lede.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the plain forms of {@code lede list} without picocli, whose first use in a process
 * (reading the commands' annotations, making their proxies, registering its converters) costs
 * more than the listing itself: {@code lede list -n 50} is the command scripts and status bars
 * run most, often every few seconds.
 *
 * <p>Only what it is sure picocli would read the same way is taken here: global {@code --db
 * PATH} and {@code --debug}, then {@code list} or {@code ls} with {@code -n N}, {@code --json},
 * {@code --snippets} and query words, each option at most once. Anything else (help, an
 * {@code @file}, a word starting with {@code -}, {@code --}, {@code -n5}, an option given
 * twice, an option this class does not know) is left to picocli, which then says what it says
 * today.
 */
final class QuickList {
    private QuickList() {
    }

    /** The list command {@code args} ask for, ready to run; null when picocli should read them. */
    static ListCommand parse(Cli cli, String[] args) {
        Path db = null;
        boolean debug = false;
        int i = 0;
        try {
            for (; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--db") && db == null && i + 1 < args.length && plain(args[i + 1])) {
                    db = Path.of(args[++i]);
                } else if (arg.startsWith("--db=") && db == null && plain(arg.substring(5))) {
                    db = Path.of(arg.substring(5));
                } else if (arg.equals("--debug") && !debug) {
                    debug = true;
                } else {
                    break;
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        if (i == args.length || !(args[i].equals("list") || args[i].equals("ls"))) {
            return null;
        }
        ListCommand list = new ListCommand();
        list.limit = 50; // the option's default value
        boolean limit = false;
        for (i++; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--json") && !list.json) {
                list.json = true;
            } else if (arg.equals("--snippets") && !list.snippets) {
                list.snippets = true;
            } else if (arg.equals("-n") && !limit && i + 1 < args.length && args[i + 1].matches("[0-9]{1,9}")) {
                list.limit = Integer.parseInt(args[++i]);
                limit = true;
            } else if (plain(arg)) {
                list.query.add(arg);
            } else {
                return null;
            }
        }
        cli.db = db;
        cli.debug = debug;
        list.cli = cli;
        return list;
    }

    /** Neither an option nor an argument file ({@code @path}): taken as it is by picocli too. */
    private static boolean plain(String arg) {
        return !arg.startsWith("-") && !arg.startsWith("@");
    }
}
