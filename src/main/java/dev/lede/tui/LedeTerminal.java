package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The real terminal, built directly (never Lanterna's factory, which may open a Swing
 * window): output buffered (a repaint is one write, not thousands), UTF-8 written whole so
 * emoji outside the BMP survive, Ctrl-C delivered as a key, and the size asked of
 * {@code stty} because the buffered stream breaks Lanterna's cursor-report query.
 */
final class LedeTerminal extends UnixTerminal {

    LedeTerminal() throws IOException {
        super(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(string.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        try {
            String[] size = runSTTYCommand("size").trim().split("\\s+");
            int rows = Integer.parseInt(size[0]);
            int cols = Integer.parseInt(size[1]);
            if (rows > 0 && cols > 0) {
                return new TerminalSize(cols, rows);
            }
        } catch (RuntimeException e) {
            // fall back below
        }
        return new TerminalSize(80, 24);
    }
}
