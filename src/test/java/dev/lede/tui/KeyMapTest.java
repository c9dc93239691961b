package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    @Test
    void everyActionHasAKey() {
        EnumSet<Action> bound = EnumSet.noneOf(Action.class);
        KeyMap.DEFAULTS.forEach(b -> bound.add(b.action()));
        assertEquals(EnumSet.allOf(Action.class), bound);
    }

    @Test
    void findsActionsByKeyAndBySequence() {
        KeyMap keys = KeyMap.defaults();
        assertEquals(Optional.of(Action.DOWN), keys.action("j"));
        assertEquals(Optional.of(Action.FILTER_TAG), keys.action("g t"));
        assertTrue(keys.isPrefix("g"));
        assertEquals(Optional.empty(), keys.action("g"));
    }

    @Test
    void refusesAKeyBoundTwice() {
        assertThrows(IllegalArgumentException.class, () -> new KeyMap(List.of(
                new KeyMap.Binding(Action.UP, List.of("k"), "up"),
                new KeyMap.Binding(Action.DOWN, List.of("k"), "down"))));
    }

    @Test
    void printsAMarkdownTableForTheReadme() {
        String table = KeyMap.defaults().markdown();
        assertTrue(table.startsWith("| keys | action |\n|---|---|\n"), table);
        assertTrue(table.contains("| `g t` | show one tag (pick from the tag list) |"), table);
    }
}
