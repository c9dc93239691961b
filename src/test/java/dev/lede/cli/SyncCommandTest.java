package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede sync} without a server: what it says when something is missing. */
class SyncCommandTest {
    @TempDir
    Path dir;

    @Test
    void syncWithoutAnAccountSaysHowToAddOne() {
        CliRun run = CliRun.lede(dir.resolve("l.db"), "sync");
        assertEquals(1, run.code());
        assertEquals("lede: sync failed: no sync account; add one with 'lede sync add URL --user NAME'\n", run.err());
    }

    @Test
    void statusWithoutAnAccountIsNullsInJson() {
        CliRun run = CliRun.lede(dir.resolve("l.db"), "sync", "status", "--json");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("\"account\": null"), run.out());
        assertTrue(run.out().contains("\"pending\": 0"), run.out());
        assertEquals("no sync account; add one with 'lede sync add URL --user NAME'\n",
                CliRun.lede(dir.resolve("l.db"), "sync", "status").out());
    }

    @Test
    void addWithoutAPasswordSaysWhereToGiveIt() {
        CliRun run = CliRun.lede(dir.resolve("l.db"), "sync", "add", "http://127.0.0.1:9/api/greader.php", "--user", "me");
        assertEquals(2, run.code());
        assertEquals("lede: no password: type it at the prompt, or give --password-file FILE or LEDE_SYNC_PASSWORD\n",
                run.err());
    }

    @Test
    void thePasswordIsNeverAnArgument() {
        CliRun run = CliRun.lede(dir.resolve("l.db"), "sync", "add", "http://127.0.0.1:9/", "--user", "me",
                "--password", "secret");
        assertEquals(2, run.code());
        assertEquals("lede: Unknown options: '--password', 'secret' (see 'lede sync add --help')\n", run.err());
    }

    @Test
    void aServerThatIsNotThereKeepsNoAccount() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path db = dir.resolve("l.db");
        int code = Cli.run(new String[] {"--db", db.toString(), "sync", "add", "http://127.0.0.1:9/api", "--user", "me"},
                new PrintWriter(out), new PrintWriter(err), Map.of("HOME", dir.toString(), "LEDE_SYNC_PASSWORD", "pw"));
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("lede: account not set: cannot reach the sync server at http://127.0.0.1:9/api"),
                err.toString());
        assertEquals(1, err.toString().lines().count());
        assertFalse(Files.exists(dir.resolve("l.db.sync")));
        assertTrue(CliRun.lede(db, "sync", "status").out().startsWith("no sync account"));
    }

    @Test
    void rmWithoutAnAccountSaysSo() {
        CliRun run = CliRun.lede(dir.resolve("l.db"), "sync", "rm");
        assertEquals(0, run.code());
        assertEquals("no sync account to remove\n", run.out());
    }
}
