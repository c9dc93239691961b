package dev.lede.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of an article's HTML: UTF-8 in a zlib stream. Cleaned HTML is re-read
 * only to render the article, and deflated it takes a third of the space or less.
 * One instance per caller at a time (it keeps its zlib state between uses).
 */
final class Compression {
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final Inflater inflater = new Inflater();
    private byte[] buffer = new byte[16 * 1024];

    byte[] deflate(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        deflater.reset();
        deflater.setInput(in);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 3));
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    String inflate(byte[] stored) {
        if (stored == null || stored.length == 0) {
            return "";
        }
        inflater.reset();
        inflater.setInput(stored);
        ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StoreException("an article's stored HTML is cut short", null);
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new StoreException("an article's stored HTML is damaged: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
