package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A terminal of a given size that writes what {@link LedeTerminal} would write, to nowhere:
 * the start-up rehearsal paints on it, so that the code the real terminal's frames go
 * through (escape sequences, UTF-8, rows erased) is compiled before the first key too.
 */
final class OffScreen extends ANSITerminal implements RowEraser {
    private final TerminalSize size;

    OffScreen(TerminalSize size) {
        super(InputStream.nullInputStream(), OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        this.size = size;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(string.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void eraseRow() throws IOException {
        writeToTerminal(ERASE_ROW);
    }
}
