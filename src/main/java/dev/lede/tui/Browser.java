package dev.lede.tui;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Opens URLs with {@code $BROWSER} or {@code xdg-open}, without waiting and without touching the terminal. */
public final class Browser {
    private final Map<String, String> env;

    public Browser(Map<String, String> env) {
        this.env = env;
    }

    /** Starts the browser on {@code url}; returns an error to show, or null when it started. */
    public String open(String url) {
        String browser = env.get("BROWSER");
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
