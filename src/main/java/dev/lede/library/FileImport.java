package dev.lede.library;

import dev.lede.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Imports saved pages ({@code .html}, {@code .htm}) and plain-text articles ({@code .txt},
 * {@code .md}) from files and folders. Each file ends as one {@link SaveOutcome}; a bad
 * file never stops the others.
 */
public final class FileImport {
    private final Library library;

    FileImport(Library library) {
        this.library = library;
    }

    /** One file and how it ended. */
    public record Result(Path file, SaveOutcome outcome) {
    }

    /**
     * The files {@code paths} stand for, folders expanded recursively in name order; a path
     * that does not exist is kept so that importing it reports the error.
     */
    public static List<Path> expand(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    files.add(path); // reported as unreadable by importFile
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Imports each file, telling {@code progress} how each one ended. */
    public List<Result> importAll(List<Path> files, Collection<String> tags, BiConsumer<Path, SaveOutcome> progress) {
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            SaveOutcome outcome = importFile(file, tags);
            results.add(new Result(file, outcome));
            progress.accept(file, outcome);
        }
        return results;
    }

    /** Imports one file. */
    public SaveOutcome importFile(Path file, Collection<String> tags) {
        if (!Files.exists(file)) {
            return new SaveOutcome.Failed("no such file or folder");
        }
        if (Files.isDirectory(file)) {
            return new SaveOutcome.Failed("cannot read this folder");
        }
        String type = typeOf(file);
        if (type == null) {
            return new SaveOutcome.Skipped("not an article file (Lede imports .html, .htm, .txt and .md)");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > 20L * 1024 * 1024) {
                return new SaveOutcome.Failed("file larger than 20 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new SaveOutcome.Failed("cannot read the file: " + e.getClass().getSimpleName());
        }
        if (bytes.length == 0) {
            return new SaveOutcome.Failed("empty file");
        }
        if (looksBinary(bytes)) {
            return new SaveOutcome.Failed("binary file, not an article");
        }
        String url = file.toAbsolutePath().normalize().toUri().toString();
        return library.save(new Page(bytes, url, type, null), tags);
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return "text/html";
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text/plain";
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text/markdown";
        }
        return null;
    }

    /** NUL bytes in the first 8 KB mean binary (UTF-16 text has them too, and is rare for pages). */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        boolean utf16Bom = n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16Bom) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
