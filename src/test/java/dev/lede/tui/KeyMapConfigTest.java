package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import dev.lede.config.Config;
import dev.lede.config.ConfigException;
import dev.lede.config.ConfigParser;
import dev.lede.render.Style;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The config file's bind lines change the one key map; themes colour every style. */
class KeyMapConfigTest {
    private static KeyMap with(String config) {
        return KeyMap.defaults().with(ConfigParser.parse(config, "config"));
    }

    @Test
    void bindMovesAKeyToAnActionAndUnbindRemovesIt() {
        KeyMap keys = with("bind x delete\nbind j next-article\nunbind d\nbind g d delete\n");
        assertEquals(Optional.of(Action.DELETE), keys.action("x"));
        assertEquals(Optional.of(Action.DELETE), keys.action("g d"));
        assertEquals(Optional.empty(), keys.action("d"));
        assertEquals(Optional.of(Action.NEXT_ARTICLE), keys.action("j"));
        assertEquals(Optional.of(Action.DOWN), keys.action("Down"));
        // help, lede keys and the Markdown table are the changed map
        assertTrue(keys.markdown().contains("| `J`, `j` | next article (reader) |"), keys.markdown());
        assertTrue(keys.textLines().stream().anyMatch(l -> l.startsWith("x, g d ")), keys.textLines().toString());
    }

    @Test
    void badBindLinesNameTheirLine() {
        assertEquals("config line 2: no action 'explode'; lede keys --actions lists them",
                assertThrows(ConfigException.class, () -> with("\nbind x explode")).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> with("bind Hyper-x delete")).getMessage()
                .startsWith("config line 1: no key 'Hyper-x'"));
        assertTrue(assertThrows(ConfigException.class, () -> with("bind 5 delete")).getMessage()
                .contains("digits are counts"));
        assertTrue(assertThrows(ConfigException.class, () -> with("bind g delete")).getMessage()
                .startsWith("config: key g both runs an action and starts a sequence (g go to the top · t show one tag"));
    }

    @Test
    void theDefaultThemeUsesNoBrightColourThatIsABackgroundToneInSomePalettes() {
        Theme theme = Theme.named("default", Map.of());
        for (Style style : Style.values()) {
            TextColor colour = theme.foreground(style);
            assertFalse(colour instanceof TextColor.ANSI a && a.name().endsWith("_BRIGHT"), style + " is " + colour);
            assertFalse(colour instanceof TextColor.Indexed, style + " is " + colour);
        }
        assertEquals(TextColor.ANSI.DEFAULT, theme.foreground(Style.DIM));
    }

    @Test
    void everyThemeTheConfigNamesExistsAndNoColorLeavesOnlyAttributes() {
        for (String name : Config.THEMES) {
            assertEquals(name, Theme.named(name, Map.of()).name());
        }
        assertEquals(TextColor.ANSI.GREEN_BRIGHT, Theme.named("solarized-dark", Map.of()).foreground(Style.DIM));
        assertEquals(TextColor.ANSI.CYAN_BRIGHT, Theme.named("solarized-light", Map.of()).foreground(Style.DIM));
        Theme none = Theme.named("solarized-dark", Map.of("NO_COLOR", "1"));
        for (Style style : Style.values()) {
            assertEquals(TextColor.ANSI.DEFAULT, none.foreground(style));
        }
    }
}
