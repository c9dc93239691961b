package dev.lede.cli;

import dev.lede.interop.ExportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An export unpacked into a folder: its files by their paths in it, for {@link ExportFormat#readFolder}. */
final class ExportFolder {
    /** What a folder export may hold in all; a larger one is imported file by file. */
    private static final long MAX_BYTES = 1L << 30;

    private ExportFolder() {
    }

    /** The export format of {@code folder}, or null when it is a plain folder of files. */
    static ExportFormat detect(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            Set<String> paths = walk.filter(Files::isRegularFile).map(p -> relative(folder, p)).collect(Collectors.toSet());
            return ExportFormat.detectFolder(paths);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                total += Files.size(p);
                if (total > MAX_BYTES) {
                    throw new IOException("the folder holds more than 1 GB");
                }
                out.put(relative(folder, p), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
