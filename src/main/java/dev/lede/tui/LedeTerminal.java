package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The real terminal, built directly (never Lanterna's factory, which may open a Swing
 * window): output buffered (a repaint is one write, not thousands), UTF-8 written whole so
 * emoji outside the BMP survive, Ctrl-C delivered as a key, and the size asked of
 * {@code stty} because the buffered stream breaks Lanterna's cursor-report query.
 *
 * <p>Lanterna runs {@code stty} once per setting, seven processes before the first frame
 * (about 0.1 s); here one shell saves the settings, sets them all and reads the size.
 */
final class LedeTerminal extends UnixTerminal implements RowEraser {
    // Set while Lanterna's constructor runs, so without initializers (they would run after it).
    private String savedSettings;
    private TerminalSize sizeAtStart;
    private volatile boolean resized;

    LedeTerminal() throws IOException {
        super(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    /** Saves the settings and, in the same shell, applies everything the next calls would ask. */
    @Override
    protected void saveTerminalSettings() throws IOException {
        String[] lines = shell("\"$0\" -g && \"$0\" -icanon min 1 -echo intr undef && \"$0\" size");
        savedSettings = lines[0].trim();
        sizeAtStart = lines.length > 1 ? parseSize(lines[1]) : null;
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || savedSettings == null) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || savedSettings == null) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (savedSettings == null) {
            super.keyStrokeSignalsEnabled(enabled);
        } // else set at start, and put back with the saved settings on exit
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (savedSettings != null && !savedSettings.isEmpty()) {
            runSTTYCommand(savedSettings);
        }
    }

    /**
     * Listens for SIGWINCH through {@code sun.misc.Signal} itself: Lanterna reaches it by
     * reflection and a proxy class generated at run time, several milliseconds before the
     * first frame in a new process. Lanterna's way stays the fallback.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        Runnable onWinch = () -> {
            resized = true; // the size read at start no longer holds
            onResize.run();
        };
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> onWinch.run());
        } catch (IllegalArgumentException | LinkageError e) {
            super.registerTerminalResizeListener(onWinch);
        }
    }

    /** The lines {@code script} prints; when it fails half-way, the settings it saved are put back first. */
    private String[] shell(String script) throws IOException {
        String stty = System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
        Process process = new ProcessBuilder("/bin/sh", "-c", script, stty)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (InputStream output = process.getInputStream()) {
            String[] lines = new String(output.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            if (process.waitFor() != 0) {
                // Lanterna's restoring hook is not in place yet: undo a partial change here.
                if (!lines[0].isBlank()) {
                    runSTTYCommand(lines[0].trim());
                }
                throw new IOException("stty could not set up the terminal");
            }
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up the terminal", e);
        }
    }

    private static TerminalSize parseSize(String line) {
        try {
            String[] size = line.trim().split("\\s+");
            int rows = Integer.parseInt(size[0]);
            int cols = Integer.parseInt(size[1]);
            return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void eraseRow() throws IOException {
        writeToTerminal(ERASE_ROW);
    }

    /** The keys typed, read from the terminal's input directly (see {@link KeyReader}), not through Lanterna's decoder. */
    KeyReader keys() {
        return new KeyReader(new java.io.FileInputStream(FileDescriptor.in));
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(string.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize size = !resized && sizeAtStart != null ? sizeAtStart : parseSize(runSTTYCommand("size"));
        return size != null ? size : new TerminalSize(80, 24);
    }
}
