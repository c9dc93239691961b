package dev.lede.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test with a store of its own: a real library file in a temporary folder, open for each test. */
abstract class WithStore {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void openStore() {
        store = Store.open(dir.resolve("lede.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
