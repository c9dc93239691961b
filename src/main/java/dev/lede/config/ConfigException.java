package dev.lede.config;

/** A config file that cannot be used: the message names the file and line and says what to write instead. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
