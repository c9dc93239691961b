package dev.lede.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code lede} as a real process that file permissions apply to: as root (who reads any
 * file), without the capabilities that override them ({@code setpriv}); skips the test where
 * that is not possible.
 */
final class WithoutRootOverride {
    private WithoutRootOverride() {
    }

    static CliRun lede(Path db, Path scratch, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "dev.lede.cli.Main",
                "--db", db.toString()));
        command.addAll(List.of(args));
        Path out = scratch.resolve("process-out.txt");
        Path err = scratch.resolve("process-err.txt");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "setpriv is needed to test permissions as root");
            throw e;
        }
        assumeTrue(process.waitFor(120, TimeUnit.SECONDS), "lede did not finish");
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assumeTrue(!errors.startsWith("setpriv:"), errors);
        return new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errors);
    }
}
