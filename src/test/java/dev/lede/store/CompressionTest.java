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
