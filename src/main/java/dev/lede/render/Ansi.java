package dev.lede.render;

/**
 * Lines as text with ANSI styling (bold, underline, dim, italic; no colours) for printing
 * to a terminal outside the TUI. The text itself is already display-safe.
 */
public final class Ansi {
    private Ansi() {
    }

    /** The line with SGR codes around styled runs. */
    public static String styled(Line line) {
        StringBuilder out = new StringBuilder();
        for (Run run : line.runs()) {
            String sgr = sgr(run.style());
            if (sgr.isEmpty()) {
                out.append(run.text());
            } else {
                out.append("\u001b[").append(sgr).append('m').append(run.text()).append("\u001b[0m");
            }
        }
        return out.toString();
    }

    private static String sgr(Style style) {
        return switch (style) {
            case TITLE, HEADING, BOLD, HIT, CURRENT_HIT -> "1";
            case EMPHASIS, QUOTE -> "3";
            case LINK -> "4";
            case LINK_NUMBER, DIM -> "2";
            case CODE -> "";
            case ERROR, MARK -> "1";
            case HIGHLIGHT -> "7";
            case SELECTION -> "1;4;7";
            case PLAIN -> "";
        };
    }
}
