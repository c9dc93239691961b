package dev.lede.library;

import dev.lede.model.Page;
import dev.lede.model.Query;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

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
     * that does not exist, and a sub-folder that cannot be read, are kept so that importing
     * them reports the error while the rest is imported. Links are followed to files, not to
     * folders; devices, pipes and sockets inside folders are left out.
     */
    public static List<Path> expand(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(path, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            boolean regular = attributes.isRegularFile()
                                    || attributes.isSymbolicLink() && Files.isRegularFile(file);
                            if (regular && !file.getFileName().toString().startsWith(".")) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            found.add(file); // reported as unreadable when imported; the walk goes on
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    found.add(path);
                }
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * Imports each file and tells {@code progress} how each one ended, in the order of
     * {@code files}, on the calling thread. Files are read and extracted on every core, and
     * stored in order, so ids follow the order of the files. Interrupting the calling thread
     * (Ctrl-C) stops it: the files stored stay, the results end with them.
     */
    public List<Result> importAll(List<Path> files, Collection<String> tags, BiConsumer<Path, SaveOutcome> progress) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lede-import");
            thread.setDaemon(true);
            return thread;
        });
        library.prepareForBulkWrites();
        int before = library.count(Query.ALL);
        try {
            List<Future<Library.Prepared>> pending = new ArrayList<>();
            int submitted = 0;
            List<Result> results = new ArrayList<>();
            int next = 0;
            while (next < files.size() && !Thread.currentThread().isInterrupted()) {
                int window = window(threads, before + next);
                while (submitted < files.size() && submitted - next < window) {
                    Path file = files.get(submitted++);
                    pending.add(pool.submit(() -> prepareFile(file, tags)));
                }
                // Stored in order, one transaction per batch: at least the next MIN_BATCH files
                // (waiting for them), then whatever else is ready.
                int from = next;
                List<Library.Prepared> batch = new ArrayList<>();
                batch.add(prepared(pending.set(next++, null)));
                while (next < submitted && batch.size() < BATCH && !Thread.currentThread().isInterrupted()
                        && (batch.size() < MIN_BATCH || pending.get(next).isDone())) {
                    batch.add(prepared(pending.set(next++, null)));
                }
                if (Thread.currentThread().isInterrupted()) {
                    break; // Ctrl-C while the batch was read: none of it is stored, nor said to have failed
                }
                List<SaveOutcome> outcomes = library.commitAll(batch);
                for (int i = 0; i < outcomes.size(); i++) {
                    Path file = files.get(from + i);
                    results.add(new Result(file, outcomes.get(i)));
                    progress.accept(file, outcomes.get(i));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Files in flight (read, extracted and probed for their story, not yet stored) when the
     * library holds {@code size} articles: extraction runs ahead of storing, but not so far
     * that a folder of 100,000 pages sits in memory at once, nor, in a young library, so far
     * that an article's story probe reads a library much smaller than the one it is saved
     * into: such a probe is weighed with term weights that have moved since, and is made again
     * under the store's lock (see {@code Stories.place}), which every other save then waits
     * for. An eighth of the library keeps the probe's library over half the size at saving.
     */
    static int window(int threads, int size) {
        return Math.max(Math.max(MIN_BATCH * 2, threads * 16), Math.min(BATCH * 2, size / 8));
    }

    /**
     * Articles stored in one transaction at most. Large batches matter in a large library,
     * where each article's index entries land on pages of their own: a batch writes each
     * page it changes once (2,000 pages into 100,000 articles: 10 s in batches of 32, 8 s in
     * batches of 256). A batch holds the write lock for about a second at most.
     */
    private static final int BATCH = 256;
    /**
     * Articles a batch waits for. The writer keeps up with extraction, so "whatever is ready"
     * was mostly one or two articles: a commit each, and a full-text index segment each that
     * FTS5 then merges again and again.
     */
    private static final int MIN_BATCH = 32;

    private static Library.Prepared prepared(Future<Library.Prepared> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return failed(message.lines().findFirst().orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    /** The most Lede reads of one file: a saved page of more is not an article. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private Library.Prepared prepareFile(Path file, Collection<String> tags) {
        if (!Files.exists(file)) {
            return failed(Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "a link to nothing" : "no such file or folder");
        }
        if (Files.isDirectory(file)) {
            return failed(Files.isReadable(file) ? "cannot read this folder" : "cannot read this folder: permission denied");
        }
        if (!Files.isRegularFile(file)) {
            // Reading a pipe blocks until a writer comes, a device never ends (/dev/zero).
            return failed("not a regular file (a device, pipe or socket); Lede imports files only");
        }
        String type = typeOf(file);
        if (type == null) {
            return new Library.Prepared(new SaveOutcome.Skipped(
                    "not an article file (Lede imports .html, .htm, .txt and .md)"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // The cap counts the bytes read, not the size the file claims (a file can grow).
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (AccessDeniedException e) {
            return failed("cannot read the file: permission denied");
        } catch (IOException e) {
            return failed("cannot read the file: " + e.getClass().getSimpleName());
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return failed("file larger than 20 MB");
        }
        if (bytes.length == 0) {
            return failed("empty file");
        }
        if (looksBinary(bytes)) {
            return failed("binary file, not an article");
        }
        String url = file.toAbsolutePath().normalize().toUri().toString();
        return library.prepare(new Page(bytes, url, type, null), tags);
    }

    private static Library.Prepared failed(String reason) {
        return new Library.Prepared(new SaveOutcome.Failed(reason));
    }

    /**
     * The media type Lede reads a file as, by its name: {@code text/html}, {@code text/plain}
     * or {@code text/markdown}; null for files it does not import.
     */
    public static String typeOf(Path file) {
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
