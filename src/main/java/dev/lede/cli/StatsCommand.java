package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.store.LibraryStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", description = "Library totals.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Override
    public Integer call() {
        try (Library library = cli.openLibraryForReading()) {
            LibraryStats s = library.stats();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("library", library.file().toString());
            m.put("articles", s.articles());
            m.put("unread", s.unread());
            m.put("bookmarked", s.bookmarked());
            m.put("tags", s.tags());
            m.put("words", s.words());
            m.put("text_chars", s.textChars());
            m.put("file_bytes", s.fileBytes());
            if (json) {
                cli.out.println(Json.write(m));
            } else {
                m.forEach((k, v) -> cli.out.printf("%-11s %s%n", k.replace('_', ' '), v));
            }
            return 0;
        }
    }
}
