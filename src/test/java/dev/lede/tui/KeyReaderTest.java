package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes a terminal sends, read as the keys the key map names. */
class KeyReaderTest {

    /** Every key in {@code input}, each burst read apart as a terminal delivers them, up to EOF. */
    private static List<String> keys(String... bursts) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        for (String burst : bursts) {
            chunks.add(burst.getBytes(StandardCharsets.UTF_8));
        }
        InputStream in = new InputStream() {
            private int chunk;
            private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (current.available() == 0) {
                    if (chunk == chunks.size()) {
                        return -1;
                    }
                    current = new ByteArrayInputStream(chunks.get(chunk++));
                }
                return current.read(b, off, len);
            }

            @Override
            public int available() {
                return current.available(); // the next burst is not ready yet
            }
        };
        KeyReader reader = new KeyReader(in);
        List<String> names = new ArrayList<>();
        String key;
        do {
            key = reader.next();
            names.add(key);
        } while (!"EOF".equals(key));
        return names;
    }

    @Test
    void readsLettersSpaceAndTheControlKeys() throws IOException {
        assertEquals(List.of("j", "G", "Space", "Enter", "Enter", "Tab", "Backspace", "Backspace", "Ctrl-d", "Ctrl-c", "EOF"),
                keys("jG \r\n\t\u007f\b\u0004\u0003"));
    }

    @Test
    void readsTheSequencesOfArrowsAndPagesInBothKeypadModes() throws IOException {
        assertEquals(List.of("Down", "Up", "Right", "Left", "Down", "Up", "Home", "End", "Home", "End", "EOF"),
                keys("\u001b[B\u001b[A\u001b[C\u001b[D\u001bOB\u001bOA\u001b[H\u001b[F\u001bOH\u001bOF"));
        assertEquals(List.of("PgDn", "PgUp", "Delete", "Home", "End", "Home", "End", "Shift-Tab", "Enter", "EOF"),
                keys("\u001b[6~\u001b[5~\u001b[3~\u001b[1~\u001b[4~\u001b[7~\u001b[8~\u001b[Z\u001bOM"));
    }

    @Test
    void readsAnArrowWithModifiersAsTheArrow() throws IOException {
        assertEquals(List.of("Up", "PgDn", "EOF"), keys("\u001b[1;5A\u001b[6;2~"));
    }

    @Test
    void readsEscAloneAltWithALetterAndIgnoresFunctionKeys() throws IOException {
        assertEquals(List.of("Esc", "Alt-x", "EOF"), keys("\u001b", "\u001bx"));
        assertEquals(List.of("Esc", "Esc", "EOF"), keys("\u001b\u001b"));
        // F5 and F1 have no name: ignored, and the key after them still reads
        assertEquals(List.of("x", "y", "EOF"), keys("x\u001b[15~", "\u001bOP", "y").stream().filter(k -> k != null).toList());
    }

    @Test
    void readsASequenceSplitAcrossReadsWhenTheRestIsReady() throws IOException {
        // the rest of the sequence is ready when the first part is decoded
        InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream("\u001b[".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("6~q".getBytes(StandardCharsets.UTF_8))) {
            private int calls;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, calls++ == 0 ? 2 : len));
            }

            @Override
            public int available() {
                return 1;
            }
        };
        KeyReader reader = new KeyReader(in);
        assertEquals("PgDn", reader.next());
        assertEquals("q", reader.next());
    }

    @Test
    void readsLettersBeyondAsciiWholeAndSkipsBytesThatAreNotUtf8() throws IOException {
        assertEquals(List.of("é", "ß", "中", "😀", "a", "EOF"), keys("éß中😀a"));
        List<String> bad = new ArrayList<>();
        KeyReader reader = new KeyReader(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xc3, 'b'}));
        for (int i = 0; i < 4; i++) {
            bad.add(reader.next());
        }
        assertEquals(java.util.Arrays.asList(null, null, "b", "EOF"), bad);
    }

    @Test
    void readsAPasteAsOneKeyPerCharacter() throws IOException {
        assertEquals(List.of("h", "t", "t", "p", ":", "/", "/", "a", ".", "b", "EOF"), keys("http://a.b"));
    }
}
