package dev.lede.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where the config file is, reading it, and writing back a setting the reader remembers (the sort order). */
public final class ConfigFile {
    /** Bigger than any config anyone writes: a config that is not one is refused, not read whole. */
    private static final long MAX_BYTES = 1 << 20;

    private ConfigFile() {
    }

    /** {@code $XDG_CONFIG_HOME/lede/config}, else {@code ~/.config/lede/config}. */
    public static Path path(Map<String, String> env) {
        String configHome = env.get("XDG_CONFIG_HOME");
        Path base = configHome != null && !configHome.isBlank() && Path.of(configHome).isAbsolute()
                ? Path.of(configHome)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("lede").resolve("config");
    }

    /** The settings of the config file; the defaults when there is none. */
    public static Config load(Map<String, String> env) {
        Path file = path(env);
        try {
            if (Files.exists(file) && (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES)) {
                throw new ConfigException(file + " is not a config file (not a regular file, or over 1 MB)");
            }
            return ConfigParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            return Config.DEFAULTS;
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Writes {@code setting value} into the config file: replaces the first line that sets
     * it, or adds one at the end; creates the file when there is none. Other lines and
     * comments stay as they are.
     */
    public static void remember(Map<String, String> env, String setting, String value) throws IOException {
        Path file = path(env);
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>();
        String line = setting + " " + value;
        boolean replaced = false;
        for (int i = 0; i < lines.size() && !replaced; i++) {
            String[] words = lines.get(i).strip().split("\\s+");
            if (words[0].equals(setting)) {
                lines.set(i, line);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(line);
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
