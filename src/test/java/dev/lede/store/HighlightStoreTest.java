package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.model.Highlight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlights replaced in one transaction, as the reader edits a note. */
class HighlightStoreTest {
    @TempDir
    Path dir;
    Store store;
    HighlightStore highlights;
    long id;

    private static final Highlight OLD = new Highlight("Shop owners fear for parking.", "check", 10, Instant.EPOCH);

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("lede.db"));
        highlights = new HighlightStore(store);
        String url = "https://example.com/lanes";
        id = store.insert(StoreTest.article(url, "Bike lanes", "The council voted. Shop owners fear for parking.", 100),
                url, null, "example.com");
        highlights.addNew(id, List.of(OLD));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void replacingAHighlightChangesItsNoteAndKeepsOneOfIt() {
        Highlight edited = new Highlight(OLD.quote(), "ask the baker", OLD.position(), OLD.created());
        highlights.replace(id, List.of(OLD), List.of(edited));
        assertEquals(List.of(edited), highlights.of(id));
    }

    @Test
    void aReplacementThatFailsToAddLeavesTheOldHighlight() throws Exception {
        // another process's rule refuses the new row: the removal must not land without it
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
             var s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON highlights WHEN NEW.note = 'refused'"
                    + " BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        Highlight edited = new Highlight(OLD.quote(), "refused", OLD.position(), OLD.created());
        assertThrows(StoreException.class, () -> highlights.replace(id, List.of(OLD), List.of(edited)));
        assertEquals(List.of(OLD), highlights.of(id));
    }
}
