package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeyTableTest {

    @Test
    void theDocumentedKeyTableIsTheKeyMap() throws IOException {
        String doc = Files.readString(Path.of("docs/KEYS.md"));
        assertTrue(doc.contains(KeyMap.defaults().markdown()),
                "docs/KEYS.md is out of date: regenerate it with 'lede keys --markdown --defaults'");
    }
}
