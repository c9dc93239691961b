package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TermVectorCodecTest {
    /** A vector as saving makes them: distinct sorted hashes, counts mostly 1, the four flags. */
    private static TermVector random(Random r, int n) {
        TreeSet<Integer> hashes = new TreeSet<>();
        while (hashes.size() < n) {
            hashes.add(r.nextInt());
        }
        int[] ids = hashes.stream().mapToInt(Integer::intValue).toArray();
        int[] counts = new int[n];
        byte[] flags = new byte[n];
        for (int i = 0; i < n; i++) {
            counts[i] = r.nextDouble() < 0.75 ? 1 : 1 + (int) Math.abs(r.nextGaussian() * 6);
            flags[i] = (byte) r.nextInt(16);
        }
        return new TermVector(7, Arrays.stream(counts).sum(), ids, counts, flags);
    }

    private static void assertSame(TermVector expected, TermVector actual) {
        assertArrayEquals(expected.termIds(), actual.termIds());
        assertArrayEquals(expected.counts(), actual.counts());
        assertArrayEquals(expected.flags(), actual.flags());
        assertEquals(expected.length(), actual.length());
    }

    @Test
    void vectorsOfEverySizeComeBackAsTheyWerePacked() {
        Random r = new Random(18);
        for (int n : new int[] {0, 1, 2, 3, 7, 64, 125, 300, 1000, 5000}) {
            TermVector v = random(r, n);
            byte[] packed = TermVectorCodec.pack(v.termIds(), v.counts(), v.flags());
            assertSame(v, TermVectorCodec.unpack(7, v.length(), packed));
        }
    }

    @Test
    void extremeHashesCountsAndFlagsSurvive() {
        int[] ids = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        int[] counts = {1, Integer.MAX_VALUE, 2, 3, 1_000_000, 1, 65_536};
        byte[] flags = {0, 15, (byte) 0xFF, 16, 1, (byte) 0x80, 8};
        TermVector v = new TermVector(1, 5, ids, counts, flags);
        assertSame(v, TermVectorCodec.unpack(1, 5, TermVectorCodec.pack(ids, counts, flags)));
        // one term at either end of the hash range
        for (int only : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            byte[] packed = TermVectorCodec.pack(new int[] {only}, new int[] {4}, new byte[] {5});
            TermVector one = TermVectorCodec.unpack(1, 4, packed);
            assertArrayEquals(new int[] {only}, one.termIds());
            assertArrayEquals(new int[] {4}, one.counts());
        }
    }

    @Test
    void aTypicalVectorTakesAboutTwoThirdsOfTheVarintForm() {
        Random r = new Random(5);
        long bits = 0;
        long varints = 0;
        for (int i = 0; i < 50; i++) {
            TermVector v = random(r, 100 + r.nextInt(300));
            bits += TermVectorCodec.pack(v.termIds(), v.counts(), v.flags()).length;
            varints += varintForm(v).length;
        }
        assertTrue(bits < varints * 0.72, bits + " bytes against " + varints);
    }

    @Test
    void theFirstFormIsReadForConvertingOldLibraries() {
        TermVector v = random(new Random(3), 200);
        assertSame(v, TermVectorCodec.unpackVarints(7, v.length(), varintForm(v)));
    }

    @Test
    void damagedVectorsAreRefusedWithAStoreError() {
        TermVector v = random(new Random(9), 100);
        byte[] packed = TermVectorCodec.pack(v.termIds(), v.counts(), v.flags());
        assertThrows(StoreException.class, () -> TermVectorCodec.unpack(1, 1, Arrays.copyOf(packed, packed.length / 2)));
        byte[] wrongFormat = packed.clone();
        wrongFormat[0] = 9;
        assertThrows(StoreException.class, () -> TermVectorCodec.unpack(1, 1, wrongFormat));
        assertThrows(StoreException.class, () -> TermVectorCodec.unpack(1, 1, new byte[] {2, 40, 4, 1}));
    }

    /** The form schema step 2 stored: per term a varint delta, a varint count and a flags byte. */
    static byte[] varintForm(TermVector v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long previous = Integer.MIN_VALUE;
        for (int i = 0; i < v.size(); i++) {
            varint(out, v.termIds()[i] - previous);
            previous = v.termIds()[i];
            varint(out, v.counts()[i]);
            out.write(v.flags()[i]);
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }
}
