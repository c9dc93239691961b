package dev.lede.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of an article's body: its text and its cleaned HTML, one after the other in
 * one zlib stream (the text's UTF-8 length in 4 bytes, the text, the HTML). The HTML repeats
 * the text, so deflated together the two take about half the space of the text alone.
 * One instance per caller at a time (it keeps its zlib state between uses).
 *
 * <p>Bodies are deflated with a preset dictionary ({@code body-dictionary.txt}: common English
 * words and the paragraph tags Lede writes), which a short article lacks the length to build
 * up itself: 8% smaller on real articles. zlib names the dictionary in the stream, so bodies
 * stored before it (without one) read as they are. The file must never change: bodies
 * stored with it could no longer be read (a new dictionary would need a new name).
 */
final class Compression {
    /** The preset dictionary; its Adler-32 is what zlib writes in each stream's header. */
    private static final byte[] DICTIONARY = dictionary();
    private static final int DICTIONARY_ID = adler32(DICTIONARY);

    /**
     * zlib level 4: on article bodies it compresses within 3% of the default level 6 in
     * four fifths of the time (saving compresses every body it stores).
     */
    private static final int LEVEL = 4;
    private final Deflater deflater = new Deflater(LEVEL);
    private final Inflater inflater = new Inflater();
    private final byte[] buffer = new byte[16 * 1024];

    /** Text and HTML as one stored value. */
    byte[] pack(String text, String html) {
        byte[] t = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        byte[] h = (html == null ? "" : html).getBytes(StandardCharsets.UTF_8);
        byte[] length = {(byte) (t.length >>> 24), (byte) (t.length >>> 16), (byte) (t.length >>> 8), (byte) t.length};
        deflater.reset();
        deflater.setDictionary(DICTIONARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (t.length + h.length) / 4));
        deflate(length, false, out);
        deflate(t, false, out);
        deflate(h, true, out);
        return out.toByteArray();
    }

    private void deflate(byte[] in, boolean last, ByteArrayOutputStream out) {
        deflater.setInput(in);
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } else {
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
    }

    /**
     * The text of a stored body. Only the text's part of the stream is inflated, not the HTML
     * after it: search snippets read the text of every result shown.
     */
    String text(byte[] stored) {
        return new String(textBytes(stored), StandardCharsets.UTF_8);
    }

    /** {@link #text}, as the UTF-8 bytes it is stored in. */
    byte[] textBytes(byte[] stored) {
        if (stored == null || stored.length == 0) {
            return new byte[0];
        }
        inflater.reset();
        inflater.setInput(stored);
        byte[] head = new byte[4];
        inflateExactly(head, "too short");
        int n = textLength(head);
        if (n > stored.length * 1032L) { // deflate never packs more than 1032 bytes into one
            throw new StoreException("an article's stored body is damaged (bad length)");
        }
        byte[] text = new byte[n];
        inflateExactly(text, "bad length");
        return text;
    }

    private void inflateExactly(byte[] into, String whenShort) {
        try {
            int done = 0;
            while (done < into.length) {
                int n = inflater.inflate(into, done, into.length - done);
                if (n == 0 && inflater.needsDictionary()) {
                    useDictionary();
                    continue;
                }
                if (n == 0 && inflater.finished()) {
                    throw new StoreException("an article's stored body is damaged (" + whenShort + ")");
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StoreException("an article's stored body is cut short");
                }
                done += n;
            }
        } catch (DataFormatException e) {
            throw new StoreException("an article's stored body is damaged: " + e.getMessage(), e);
        }
    }

    /** The text ({@code [0]}) and HTML ({@code [1]}) of a stored body. */
    String[] unpack(byte[] stored) {
        byte[] all = inflate(stored);
        int n = textLength(all);
        if (n > all.length - 4) {
            throw new StoreException("an article's stored body is damaged (bad length)");
        }
        return new String[] {new String(all, 4, n, StandardCharsets.UTF_8),
                new String(all, 4 + n, all.length - 4 - n, StandardCharsets.UTF_8)};
    }

    /** The text's length from the first 4 bytes of {@code all} (which may hold only those). */
    private static int textLength(byte[] all) {
        if (all.length < 4) {
            throw new StoreException("an article's stored body is damaged (too short)");
        }
        int n = (all[0] & 0xFF) << 24 | (all[1] & 0xFF) << 16 | (all[2] & 0xFF) << 8 | (all[3] & 0xFF);
        if (n < 0) {
            throw new StoreException("an article's stored body is damaged (bad length)");
        }
        return n;
    }

    /** Gives the inflater the dictionary a stream asks for: ours, or the body cannot be read. */
    private void useDictionary() {
        if (inflater.getAdler() != DICTIONARY_ID) {
            throw new StoreException("an article's stored body needs a dictionary this Lede does not have;"
                    + " it was written by another program or a newer Lede");
        }
        inflater.setDictionary(DICTIONARY);
    }

    private static byte[] dictionary() {
        try (java.io.InputStream in = Compression.class.getResourceAsStream("body-dictionary.txt")) {
            if (in == null) {
                throw new IllegalStateException("body-dictionary.txt is missing from the build");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int adler32(byte[] bytes) {
        java.util.zip.Adler32 a = new java.util.zip.Adler32();
        a.update(bytes);
        return (int) a.getValue();
    }

    private byte[] inflate(byte[] stored) {
        if (stored == null || stored.length == 0) {
            return new byte[4];
        }
        inflater.reset();
        inflater.setInput(stored);
        ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsDictionary()) {
                    useDictionary();
                    continue;
                }
                if (n == 0 && inflater.needsInput()) {
                    throw new StoreException("an article's stored body is cut short");
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new StoreException("an article's stored body is damaged: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
