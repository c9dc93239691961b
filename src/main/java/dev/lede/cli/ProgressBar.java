package dev.lede.cli;

import dev.lede.render.TerminalText;
import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on stderr (done/total, failures, current item),
 * for long work on a terminal. Result lines go to stdout between redraws; when nobody is
 * watching the bar is off and only the result lines remain.
 */
final class ProgressBar {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final boolean enabled;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    synchronized void draw(int done, int total, int failed, String current) {
        if (!enabled || done >= total) {
            clear();
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String item = current == null ? "" : TerminalText.line(current);
        if (item.length() > 40) {
            item = "…" + item.substring(item.length() - 39);
        }
        err.print("\r\u001b[K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (failed > 0 ? ", " + failed + " failed" : "") + "  " + item);
        err.flush();
        drawn = true;
    }

    /** Removes the bar so a result line can be printed where it was. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
