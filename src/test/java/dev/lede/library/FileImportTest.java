package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImportTest {
    @TempDir
    Path dir;

    @Test
    void extractionRunsAheadOfStoringByAnEighthOfTheLibraryBetweenItsFloorAndCap() {
        assertEquals(64, FileImport.window(2, 0), "a new library: two batches' worth");
        assertEquals(64, FileImport.window(2, 512));
        assertEquals(125, FileImport.window(2, 1000));
        assertEquals(512, FileImport.window(2, 4096));
        assertEquals(512, FileImport.window(2, 100_000), "never more than two full batches");
        assertEquals(128, FileImport.window(8, 0), "sixteen files a thread at least");
    }

    @Test
    void aFolderLargerThanTheWindowIsStoredWholeInFileOrderWithEveryArticleInAStory() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        String[] words = "harbour ferry council budget bridge school river market".split(" ");
        int n = 150; // over the young library's window of 64
        for (int i = 0; i < n; i++) {
            String own = "name" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            Files.writeString(folder.resolve(String.format("%03d.txt", i)), "Note " + own + "\n\nThe "
                    + words[i % words.length] + " of " + own + " was discussed again; " + own + " said so.\n");
        }
        try (Library library = Library.open(dir.resolve("lede.db"))) {
            List<FileImport.Result> results = library.importer().importAll(FileImport.expand(List.of(folder)), List.of(),
                    (file, outcome) -> { });
            assertEquals(n, results.size());
            long previous = 0;
            for (FileImport.Result r : results) {
                long id = assertInstanceOf(SaveOutcome.Saved.class, r.outcome()).id();
                assertTrue(id > previous, "ids follow the files' order");
                previous = id;
            }
            assertEquals(n, library.count(Query.ALL));
            assertEquals(n, library.stories(Query.ALL, true, Integer.MAX_VALUE).stream().mapToInt(s -> s.articles().size()).sum(),
                    "every article placed in a story");
        }
    }
}
