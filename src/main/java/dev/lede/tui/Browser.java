package dev.lede.tui;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens URLs with the config's browser command, {@code $BROWSER} or {@code xdg-open}, without
 * waiting and without touching the terminal.
 */
public final class Browser {
    private final Map<String, String> env;
    private final String command;

    /**
     * @param command the config file's browser command ({@code %s} for the URL), or empty for
     *                {@code $BROWSER}, else {@code xdg-open}
     */
    public Browser(Map<String, String> env, String command) {
        this.env = env;
        this.command = command;
    }

    /**
     * Why {@code url} is not handed to the browser, or null when it may be: only web pages
     * and mail addresses are. A link in a saved page may be {@code file:}, {@code smb:},
     * {@code data:} or a command line in disguise ({@code ssh://-oProxyCommand=...}).
     */
    public static String refusal(String url) {
        int colon = url.indexOf(':');
        String scheme = colon > 0 ? url.substring(0, colon).toLowerCase(java.util.Locale.ROOT) : "";
        if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
            return null;
        }
        return scheme.matches("[a-z][a-z0-9+.-]{0,20}") ? "not opening " + scheme + ": links" : "not opening this link";
    }

    /** Starts the browser on {@code url}; returns an error to show, or null when it started. */
    public String open(String url) {
        String refused = refusal(url);
        if (refused != null) {
            return refused;
        }
        String browser = command.isBlank() ? env.get("BROWSER") : command;
        List<String> command = new ArrayList<>();
        if (browser != null && !browser.isBlank()) {
            // $BROWSER may list several commands separated by ':'; the first is tried.
            String first = browser.split(":")[0].strip();
            if (first.contains("%s")) {
                for (String part : first.split("\\s+")) {
                    command.add(part.replace("%s", url));
                }
            } else {
                command.addAll(List.of(first.split("\\s+")));
                command.add(url);
            }
        } else {
            command.add("xdg-open");
            command.add(url);
        }
        try {
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return null;
        } catch (IOException e) {
            return "cannot start " + command.get(0) + " to open the link; set $BROWSER";
        }
    }
}
