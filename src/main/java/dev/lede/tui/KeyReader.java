package dev.lede.tui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads keys from the terminal's input bytes and names them as {@link Keys} does: the keys
 * xterm-like terminals send (letters in UTF-8, control keys, {@code ESC [} and {@code ESC O}
 * sequences for arrows, Home, End, Page Up/Down, Delete, Shift-Tab, Alt with a letter).
 *
 * <p>Lanterna's decoder, used before, matched every byte against a hundred patterns and
 * asked the input twice per key whether more was ready (four system calls): about 0.17 ms
 * of a 1 ms key. Here one read takes all a terminal sent at once (a sequence comes whole),
 * and the bytes are decoded from the buffer.
 */
final class KeyReader {
    private static final int ESC = 0x1b;

    private final InputStream in;
    private final byte[] buffer = new byte[4096];
    private int pos;
    private int end;

    /** Keys from {@code in}, read unbuffered (a terminal's file descriptor). */
    KeyReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next key's name ({@code j}, {@code Enter}, {@code PgDn}, {@code Ctrl-d}, {@code Alt-x}),
     * null for a key Lede has no name for (a function key), {@code EOF} when the input ended.
     * Blocks until a key comes.
     */
    String next() throws IOException {
        if (pos == end && !fill()) {
            return "EOF";
        }
        int b = buffer[pos++] & 0xff;
        if (b == ESC) {
            return escape();
        }
        if (b < 0x80) {
            return control(b);
        }
        return utf8(b);
    }

    /** Reads more input into an empty buffer, waiting for it; false at its end. */
    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /** Whether a byte follows in this burst of input, reading what is ready (never waiting). */
    private boolean more() throws IOException {
        if (pos < end) {
            return true;
        }
        // A sequence split by the way (a slow link): what is ready already belongs to it.
        if (in.available() <= 0) {
            return false;
        }
        return fill();
    }

    /** A key with ESC first: Esc alone, a CSI or SS3 sequence, or Alt with a character. */
    private String escape() throws IOException {
        if (!more()) {
            return "Esc";
        }
        int b = buffer[pos] & 0xff;
        if (b == '[') {
            pos++;
            return csi();
        }
        if (b == 'O') {
            pos++;
            if (!more()) {
                return "Alt-O";
            }
            // ESC O x, a terminal in application keypad mode: arrows, Home and End as in CSI,
            // M the keypad's Enter; Z is no Shift-Tab here, and F1-F4 and the rest have no name
            int fin = buffer[pos++] & 0xff;
            return fin == 'M' ? "Enter" : fin == 'Z' ? null : csiKey(fin, -1);
        }
        if (b >= 0x21 && b < 0x7f) {
            pos++;
            return "Alt-" + (char) b;
        }
        return "Esc"; // Esc, then the next byte as a key of its own
    }

    /** {@code ESC [ params final}: arrows and Home/End ({@code ESC [ 1 ; 5 A}: modifiers ignored), {@code ~} keys. */
    private String csi() throws IOException {
        int first = -1; // the first parameter, -1 when none
        int value = -1;
        boolean firstDone = false;
        while (more()) {
            int b = buffer[pos++] & 0xff;
            if (b >= '0' && b <= '9') {
                value = (value < 0 ? 0 : value * 10) + (b - '0');
                if (value > 9999) {
                    value = 9999;
                }
            } else if (b == ';' || b == ':') {
                if (!firstDone) {
                    first = value;
                    firstDone = true;
                }
                value = -1;
            } else if (b >= 0x20 && b <= 0x3f) {
                continue; // private markers and intermediates: nothing Lede reads
            } else if (b >= 0x40 && b <= 0x7e) {
                return csiKey(b, firstDone ? first : value);
            } else {
                pos--; // not part of a sequence: a key of its own
                return null;
            }
        }
        return first < 0 && value < 0 && !firstDone ? "Alt-[" : null;
    }

    private static String csiKey(int fin, int param) {
        return switch (fin) {
            case 'A' -> "Up";
            case 'B' -> "Down";
            case 'C' -> "Right";
            case 'D' -> "Left";
            case 'H' -> "Home";
            case 'F' -> "End";
            case 'Z' -> "Shift-Tab";
            case '~' -> switch (param) {
                case 1, 7 -> "Home";
                case 4, 8 -> "End";
                case 3 -> "Delete";
                case 5 -> "PgUp";
                case 6 -> "PgDn";
                default -> null; // Insert, function keys
            };
            default -> null;
        };
    }

    /** An ASCII byte: a character, or a control key. */
    private static String control(int b) {
        switch (b) {
            case '\r', '\n' -> {
                return "Enter";
            }
            case '\t' -> {
                return "Tab";
            }
            case 0x7f, 0x08 -> {
                return "Backspace";
            }
            case ' ' -> {
                return "Space";
            }
            default -> {
                if (b == 0) {
                    return null; // Ctrl-Space
                }
                if (b < 0x1b) {
                    return "Ctrl-" + (char) ('a' + b - 1);
                }
                if (b < 0x20) {
                    return "Ctrl-" + (char) (b + 0x40); // Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_
                }
                return String.valueOf((char) b);
            }
        }
    }

    /** A character of two to four UTF-8 bytes, {@code lead} the first; null for bytes that are not UTF-8. */
    private String utf8(int lead) throws IOException {
        int length = lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
        if (length == 0 || length == 3 && lead >= 0xf0) {
            return null;
        }
        byte[] bytes = new byte[length];
        bytes[0] = (byte) lead;
        for (int i = 1; i < length; i++) {
            if (!more() || (buffer[pos] & 0xc0) != 0x80) {
                return null; // cut short: what follows is read as keys of their own
            }
            bytes[i] = buffer[pos++];
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.codePointCount(0, s.length()) == 1 && !s.equals("\ufffd") ? s : null;
    }
}
