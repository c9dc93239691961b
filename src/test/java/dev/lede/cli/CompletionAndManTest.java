package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionAndManTest {
    private static final List<String> COMMANDS = List.of("add", "import", "list", "show", "extract", "tag", "untag",
            "tags", "bookmark", "unbookmark", "read", "unread", "rm", "related", "stats", "export", "keys",
            "completion", "man");

    @TempDir
    Path dir;

    @Test
    void bashCompletionCompletesCommandsInARealBash() throws Exception {
        CliRun run = lede(dir.resolve("lede.db"), "completion", "bash");
        assertEquals(0, run.code(), run.err());
        for (String command : COMMANDS) {
            assertTrue(run.out().contains(command), command);
        }
        assertFalse(Files.exists(dir.resolve("lede.db")), "printing a script opens no library");
        Path script = Files.writeString(dir.resolve("lede.bash"), run.out());
        Process bash;
        try {
            bash = new ProcessBuilder("bash", "-c", "source " + script + " 2>/dev/null; COMP_WORDS=(lede ta); COMP_CWORD=1;"
                    + " COMP_LINE='lede ta'; COMP_POINT=7; _picocli_lede 2>/dev/null; echo \"${COMPREPLY[@]}\"")
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException noBash) {
            assumeTrue(false, "bash is needed");
            return;
        }
        String completed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, bash.waitFor());
        assertEquals("tag tags", completed);
    }

    @Test
    void zshAndFishScriptsCoverEveryCommandAndAnUnknownShellIsAUsageError() {
        Path db = dir.resolve("lede.db");
        String zsh = lede(db, "completion", "zsh").out();
        assertTrue(zsh.startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"));
        String fish = lede(db, "completion", "fish").out();
        for (String command : COMMANDS) {
            assertTrue(fish.contains("complete -c lede -n __fish_use_subcommand -a " + command + " -d "), command);
        }
        assertTrue(fish.contains("complete -c lede -n '__fish_seen_subcommand_from show' -s w -l width -r -d 'Line width (default: the config file\\'s width, else 80).'"));
        CliRun bad = lede(db, "completion", "tcsh");
        assertEquals(2, bad.code());
        assertEquals("lede: no completion for 'tcsh'; give bash, zsh or fish", bad.err().strip());
    }

    @Test
    void theManPageDescribesEveryCommandOptionAndExitCode() {
        CliRun run = lede(dir.resolve("lede.db"), "man");
        assertEquals(0, run.code(), run.err());
        String man = run.out();
        assertTrue(man.startsWith(".TH LEDE 1 \"\" \"Lede "), man.substring(0, 40));
        for (String command : COMMANDS) {
            assertTrue(man.contains(".SS \"lede " + command), command);
        }
        assertTrue(man.contains("\\fB\\-w\\fR, \\fB\\-\\-width\\fR \\fIN\\fR\nLine width (default: the config file's width, else 80)."));
        assertTrue(man.contains(".SH EXIT STATUS") && man.contains("130, 143"));
        for (String line : man.lines().toList()) {
            assertFalse(line.startsWith("'") || line.startsWith(".") && !line.matches("\\.[A-Z]{1,2}( .*)?|\\.br"), line);
        }
    }
}
