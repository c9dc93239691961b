package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Sort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigParserTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySettingAndSkipsCommentsAndBlankLines() {
        Config c = ConfigParser.parse("""
                # my Lede
                theme solarized-dark

                sort published   # newest published first
                filter -is:read tag:news
                width 72
                browser firefox --new-tab %s
                bind x delete
                bind g d delete
                unbind d
                """, "config");
        assertEquals("solarized-dark", c.theme());
        assertEquals(Sort.PUBLISHED, c.sort());
        assertEquals("-is:read tag:news", c.filter());
        assertEquals(72, c.width());
        assertEquals("firefox --new-tab %s", c.browser());
        assertEquals(List.of(new Config.Binding(List.of("x"), "delete", 8),
                new Config.Binding(List.of("g", "d"), "delete", 9),
                new Config.Binding(List.of("d"), null, 10)), c.bindings());
    }

    @Test
    void anEmptyFileGivesTheDefaults() {
        Config c = ConfigParser.parse("\n# nothing set\n", "config");
        assertEquals(Config.DEFAULTS.theme(), c.theme());
        assertEquals(Sort.SAVED, c.sort());
        assertEquals("-is:archived", c.filter());
        assertEquals(0, c.width());
    }

    private static String error(String text) {
        return assertThrows(ConfigException.class, () -> ConfigParser.parse(text, "/home/a/.config/lede/config"))
                .getMessage();
    }

    @Test
    void aBadLineIsAnErrorThatNamesTheFileTheLineAndWhatToWrite() {
        assertEquals("/home/a/.config/lede/config line 2: no setting 'colour'; settings: theme, sort, filter, width,"
                + " browser, bind, unbind", error("theme light\ncolour red\n"));
        assertEquals("/home/a/.config/lede/config line 1: no theme 'solarised'; themes: default, light, dark,"
                + " solarized-dark, solarized-light, no-colour", error("theme solarised"));
        assertEquals("/home/a/.config/lede/config line 1: no sort order 'date'; orders: saved, published, title,"
                + " site, length", error("sort date"));
        assertEquals("/home/a/.config/lede/config line 3: width must be a number of columns from 20 to 1000"
                + " (0: the terminal's width)", error("\n\nwidth 5"));
        assertEquals("/home/a/.config/lede/config line 1: bind needs keys and an action, e.g. bind x delete",
                error("bind x"));
        String filter = error("filter is:maybe");
        assertTrue(filter.startsWith("/home/a/.config/lede/config line 1: bad filter: ") && filter.contains("is:maybe"),
                filter);
    }

    @Test
    void aValueWithControlCharactersIsShownCleaned() {
        assertEquals("config line 1: no theme '?[2Jx'; themes: default, light, dark, solarized-dark, solarized-light,"
                + " no-colour", assertThrows(ConfigException.class,
                () -> ConfigParser.parse("theme \u001b[2Jx", "config")).getMessage());
    }

    @Test
    void theFileLivesUnderXdgConfigHomeAndRememberReplacesOnlyItsLine() throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
        assertEquals(dir.resolve("lede/config"), ConfigFile.path(env));
        assertEquals(Config.DEFAULTS, ConfigFile.load(env));
        ConfigFile.remember(env, "sort", "title");
        assertEquals(Sort.TITLE, ConfigFile.load(env).sort());
        Files.writeString(ConfigFile.path(env), "# mine\ntheme light\nsort site # by site\n");
        ConfigFile.remember(env, "sort", "length");
        assertEquals("# mine\ntheme light\nsort length\n", Files.readString(ConfigFile.path(env)));
    }
}
