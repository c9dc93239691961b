package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.model.Query;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run bin/lede records for the start-up cache really runs its commands. */
class TrainingTest {
    @TempDir
    Path dir;

    @Test
    void theCommandsRunOnAScratchLibraryInTheFolder() throws Exception {
        Training.run(dir);
        try (Library library = Library.openReadOnly(dir.resolve("lede.db"))) {
            // the page, and the feed's one item (pending: its server refuses the connection)
            assertTrue(library.count(Query.ALL) >= 1, "nothing imported");
            var first = library.summary(1).orElseThrow();
            assertEquals("Lede", first.title());
            assertTrue(first.tags().contains("training"), first.tags().toString());
        }
    }
}
