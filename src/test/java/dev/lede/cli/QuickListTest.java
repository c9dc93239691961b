package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The plain forms of {@code lede list} read without picocli, exactly as picocli reads them. */
class QuickListTest {
    @TempDir
    Path dir;

    private static Cli freshCli() {
        return (Cli) Cli.everyCommand().getCommand();
    }

    /** What picocli makes of {@code args}: the global options and the list command's fields. */
    private static String picocli(String... args) {
        CommandLine line = Cli.everyCommand();
        CommandLine.ParseResult parsed = line.parseArgs(args);
        Cli cli = line.getCommand();
        ListCommand list = parsed.subcommand().commandSpec().commandLine().getCommand();
        return describe(cli, list);
    }

    private static String describe(Cli cli, ListCommand list) {
        return "db=" + cli.db + " debug=" + cli.debug + " query=" + list.query + " n=" + list.limit
                + " json=" + list.json + " snippets=" + list.snippets;
    }

    @Test
    void readsThePlainFormsAsPicocliDoes() {
        List<String[]> forms = List.of(
                new String[] {"list"},
                new String[] {"ls"},
                new String[] {"--db", "lib.db", "list", "-n", "5"},
                new String[] {"--db=lib.db", "ls", "--json", "harbour", "ferry"},
                new String[] {"--debug", "--db", "x.db", "list", "--snippets", "bike", "-n", "0", "tag:city"},
                new String[] {"list", "word", "-n", "007", "\"exact phrase\"", "--json", "site:example.com"},
                new String[] {"list", ""});
        for (String[] args : forms) {
            Cli cli = freshCli();
            ListCommand quick = QuickList.parse(cli, args);
            assertNotNull(quick, String.join(" ", args));
            assertEquals(picocli(args), describe(cli, quick), String.join(" ", args));
        }
    }

    @Test
    void leavesEveryOtherFormToPicocli() {
        List<String[]> forms = List.of(
                new String[] {},
                new String[] {"--db", "lib.db"},
                new String[] {"show", "1"},
                new String[] {"list", "--help"},
                new String[] {"--help", "list"},
                new String[] {"list", "-tag:done"},
                new String[] {"list", "@arguments.txt"},
                new String[] {"list", "-n5"},
                new String[] {"list", "-n=5"},
                new String[] {"list", "-n", "-1"},
                new String[] {"list", "-n", "5", "-n", "6"},
                new String[] {"list", "-n"},
                new String[] {"list", "--json", "--json"},
                new String[] {"list", "--", "word"},
                new String[] {"list", "--sort", "date"},
                new String[] {"--theme", "dark", "list"},
                new String[] {"--db", "a.db", "--db", "b.db", "list"},
                new String[] {"--db", "-x", "list"},
                new String[] {"--db", "a.db\0", "list"});
        for (String[] args : forms) {
            assertNull(QuickList.parse(freshCli(), args), String.join(" ", args));
        }
    }

    @Test
    void aListRunsAndFailsTheSameWithoutPicocliAsThrough() throws Exception {
        Path db = dir.resolve("lede.db");
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(files.resolve("1.txt"), "Council approves riverside bike lanes\n\nThe city council"
                + " voted to build protected bike lanes along the riverside road.\n");
        Files.writeString(files.resolve("2.txt"), "Harbour ferry fares to rise\n\nFerry fares rise in April.\n");
        assertEquals(0, CliRun.lede(db, "import", files.toString()).code());
        // "--" at the end changes nothing but sends the same command through picocli
        for (String[] args : List.of(new String[] {"list", "-n", "1"}, new String[] {"list", "--json", "bike"},
                new String[] {"list", "tag:"}, new String[] {"list", "nothing", "matches", "this"})) {
            String[] throughPicocli = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--"))
                    .toArray(String[]::new);
            assertNull(QuickList.parse(freshCli(), throughPicocli));
            assertEquals(CliRun.lede(db, throughPicocli), CliRun.lede(db, args), String.join(" ", args));
        }
        CliRun missing = CliRun.lede(dir.resolve("missing.db"), "list");
        assertEquals(1, missing.code());
        assertEquals(CliRun.lede(dir.resolve("missing.db"), "list", "--"), missing);
    }
}
