package dev.lede.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code lede} in-process on a library file and keeps what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun lede(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                Map.of("HOME", db.getParent().toString()));
        return new CliRun(code, out.toString(), err.toString());
    }
}
