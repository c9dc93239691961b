package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompressionTest {
    private final Compression compression = new Compression();

    @Test
    void textAndHtmlComeBackAsTheyWent() {
        String text = "Caf\u00e9 council votes \u2014 bike lanes \ud83d\udeb2. ".repeat(500);
        String html = "<p>" + text + "</p>";
        byte[] stored = compression.pack(text, html);
        assertArrayEquals(new String[] {text, html}, compression.unpack(stored));
        assertEquals(text, compression.text(stored));
        assertEquals("", compression.text(compression.pack("", "<p></p>")));
        assertEquals("", compression.text(new byte[0]));
    }

    @Test
    void aDamagedBodyIsAClearErrorNotACrash() {
        byte[] stored = compression.pack("some text ".repeat(100), "<p>some html</p>".repeat(100));
        byte[] cut = Arrays.copyOf(stored, stored.length / 3);
        StoreException e = assertThrows(StoreException.class, () -> compression.text(Arrays.copyOf(stored, 6)));
        assertTrue(e.getMessage().contains("stored body"), e.getMessage());
        assertThrows(StoreException.class, () -> compression.unpack(cut));
        byte[] garbage = "not a zlib stream at all".getBytes();
        assertThrows(StoreException.class, () -> compression.text(garbage));
        // A header claiming more text than the stream holds.
        assertThrows(StoreException.class, () -> compression.unpack(tamperedLength()));
        assertThrows(StoreException.class, () -> compression.text(tamperedLength()));
    }

    /** A body as stored before the dictionary, or with another one. */
    private static byte[] deflated(String text, String html, byte[] dictionary) {
        byte[] t = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] h = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        raw.writeBytes(new byte[] {(byte) (t.length >>> 24), (byte) (t.length >>> 16), (byte) (t.length >>> 8), (byte) t.length});
        raw.writeBytes(t);
        raw.writeBytes(h);
        java.util.zip.Deflater d = new java.util.zip.Deflater(4);
        if (dictionary != null) {
            d.setDictionary(dictionary);
        }
        d.setInput(raw.toByteArray());
        d.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        d.end();
        return out.toByteArray();
    }

    private static final String NEWS = "The council said on Monday that the new bridge would open next year,"
            + " after a long debate about the cost. \u201cWe have waited for this,\u201d the mayor told reporters.";

    @Test
    void bodiesStoredWithoutTheDictionaryStillRead() {
        byte[] old = deflated(NEWS, "<p>" + NEWS + "</p>", null);
        assertArrayEquals(new String[] {NEWS, "<p>" + NEWS + "</p>"}, compression.unpack(old));
        assertEquals(NEWS, compression.text(old));
    }

    @Test
    void theDictionaryMakesShortArticlesSmaller() {
        byte[] with = compression.pack(NEWS, "<p>" + NEWS + "</p>");
        byte[] without = deflated(NEWS, "<p>" + NEWS + "</p>", null);
        assertTrue(with.length < without.length * 0.9, with.length + " bytes with, " + without.length + " without");
    }

    @Test
    void aBodyNeedingAnotherDictionaryIsAClearError() {
        byte[] other = deflated(NEWS, "<p>" + NEWS + "</p>", "some other dictionary".getBytes());
        StoreException e = assertThrows(StoreException.class, () -> compression.text(other));
        assertTrue(e.getMessage().contains("dictionary"), e.getMessage());
        assertThrows(StoreException.class, () -> compression.unpack(other));
    }

    /** A body whose 4-byte text length says 1,000 while it holds none. */
    private static byte[] tamperedLength() {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(new byte[] {0, 0, 3, (byte) 232});
        d.finish();
        byte[] out = new byte[64];
        int n = d.deflate(out);
        d.end();
        return Arrays.copyOf(out, n);
    }
}
