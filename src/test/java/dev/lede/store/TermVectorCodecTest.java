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

    /**
     * Random vectors of every shape pack writes: dense and sparse hashes (k from 0 to 31),
     * counts from 1 to Integer.MAX_VALUE, 4- and 8-bit flags.
     */
    private static TermVector anyShape(Random r) {
        int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3000) : r.nextInt(40));
        TreeSet<Integer> hashes = new TreeSet<>();
        int kind = r.nextInt(4);
        if (kind == 2) {
            n = Math.min(n, 16); // only 16 hashes to choose from
        }
        int base = r.nextInt();
        while (hashes.size() < n) {
            switch (kind) {
                case 0 -> hashes.add(r.nextInt()); // as saving makes them
                case 1 -> hashes.add(base + r.nextInt(4 * n)); // dense: small gaps, k near 0 (wraps around too)
                case 2 -> hashes.add(r.nextBoolean() ? Integer.MIN_VALUE + r.nextInt(8) : Integer.MAX_VALUE - r.nextInt(8));
                default -> hashes.add(r.nextInt(8) == 0 ? r.nextInt() : base + r.nextInt(64)); // a few huge gaps among small
            }
        }
        int[] ids = hashes.stream().mapToInt(Integer::intValue).toArray();
        int[] counts = new int[ids.length];
        byte[] flags = new byte[ids.length];
        boolean wideFlags = r.nextBoolean();
        for (int i = 0; i < ids.length; i++) {
            counts[i] = switch (r.nextInt(6)) {
                case 0 -> Integer.MAX_VALUE - r.nextInt(3);
                case 1 -> 1 + r.nextInt(Integer.MAX_VALUE);
                case 2 -> 1 << r.nextInt(31);
                default -> 1 + r.nextInt(r.nextBoolean() ? 3 : 300);
            };
            flags[i] = (byte) r.nextInt(wideFlags ? 256 : 16);
        }
        return new TermVector(3, 1, ids, counts, flags);
    }

    @Test
    void packWritesTheReferenceModelsBytesAndEitherReadsTheOthers() {
        Random r = new Random(2024);
        for (int i = 0; i < 4000; i++) {
            TermVector v = i % 2 == 0 ? anyShape(r) : random(r, 1 + r.nextInt(600));
            byte[] packed = TermVectorCodec.pack(v.termIds(), v.counts(), v.flags());
            byte[] reference = TermVectorCodecReference.pack(v.termIds(), v.counts(), v.flags());
            assertArrayEquals(reference, packed, "vector " + i + " of " + v.size() + " terms");
            TermVector back = TermVectorCodec.unpack(3, v.length(), packed);
            assertSame(v, back);
            assertSame(back, TermVectorCodecReference.unpack(3, v.length(), packed));
        }
    }

    @Test
    void everyRiceParameterAndTheWidestCodesComeBack() {
        // One term at the top of the range: its gap is 2^32 - 1, coded with k = 31 (32 would
        // take as many bits; pack never writes it, unpack reads it: see the blob with k = 32 below).
        byte[] widest = TermVectorCodec.pack(new int[] {Integer.MAX_VALUE}, new int[] {Integer.MAX_VALUE},
                new byte[] {(byte) 0xFF});
        assertEquals(31, widest[1]);
        assertEquals(8, widest[2]);
        assertArrayEquals(TermVectorCodecReference.pack(new int[] {Integer.MAX_VALUE}, new int[] {Integer.MAX_VALUE},
                new byte[] {(byte) 0xFF}), widest);
        TermVector w = TermVectorCodec.unpack(1, 1, widest);
        assertArrayEquals(new int[] {Integer.MAX_VALUE}, w.termIds());
        assertArrayEquals(new int[] {Integer.MAX_VALUE}, w.counts());
        assertArrayEquals(new byte[] {(byte) 0xFF}, w.flags());
        // Evenly spread hashes, from every hash to one in 2^31.
        boolean[] seen = new boolean[33];
        for (int shift = 0; shift <= 31; shift++) {
            int n = (int) Math.min(2000, 1L << (32 - shift));
            int[] ids = new int[n];
            int[] counts = new int[n];
            byte[] flags = new byte[n];
            for (int i = 0; i < n; i++) {
                ids[i] = (int) (Integer.MIN_VALUE + ((long) i << shift));
                counts[i] = 1 + i % 5;
                flags[i] = (byte) (i % 16);
            }
            byte[] packed = TermVectorCodec.pack(ids, counts, flags);
            seen[packed[1]] = true;
            assertArrayEquals(TermVectorCodecReference.pack(ids, counts, flags), packed);
            assertSame(new TermVector(1, 1, ids, counts, flags), TermVectorCodec.unpack(1, 1, packed));
        }
        // One term, its gap 2^j - 1: k = j - 1.
        for (int j = 1; j <= 32; j++) {
            int[] one = {(int) (Integer.MIN_VALUE + (1L << j) - 1)};
            byte[] packed = TermVectorCodec.pack(one, new int[] {j}, new byte[] {(byte) j});
            seen[packed[1]] = true;
            assertArrayEquals(TermVectorCodecReference.pack(one, new int[] {j}, new byte[] {(byte) j}), packed);
            assertSame(new TermVector(1, 1, one, new int[] {j}, new byte[] {(byte) j}), TermVectorCodec.unpack(1, 1, packed));
        }
        // k = 32, which pack never writes, built by hand: each term a quotient of 0 (one zero),
        // all 32 bits of its gap, 8-bit flags and a gamma-coded count.
        long gap1 = 0x1234_5678L;
        long gap2 = 0x9ABC_DEF0L;
        int id1 = (int) (gap1 + Integer.MIN_VALUE);
        int id2 = (int) (gap1 + 1 + gap2 + Integer.MIN_VALUE);
        String k32 = "0" + binary(gap1, 32) + binary(0xC3, 8) + "1"
                + "0" + binary(gap2, 32) + binary(0x05, 8) + "00101";
        byte[] handBuilt = withBits(new byte[] {2, 32, 8, 2}, k32);
        TermVector expected = new TermVector(1, 6, new int[] {id1, id2}, new int[] {1, 5}, new byte[] {(byte) 0xC3, 5});
        assertSame(expected, TermVectorCodec.unpack(1, 6, handBuilt));
        assertSame(expected, TermVectorCodecReference.unpack(1, 6, handBuilt));
        seen[handBuilt[1]] = true;
        for (int k = 0; k <= 32; k++) {
            assertTrue(seen[k], "no vector was packed with k = " + k);
        }
    }

    @Test
    void longQuotientsAndCountsTakeTheLongWayAndComeBack() {
        // Small gaps around one huge one: that gap's quotient runs to hundreds of ones, more
        // than a 64-bit window holds.
        int[] ids = new int[400];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i < 200 ? Integer.MIN_VALUE + i : Integer.MAX_VALUE - (ids.length - 1 - i);
        }
        int[] counts = new int[ids.length];
        byte[] flags = new byte[ids.length];
        for (int i = 0; i < ids.length; i++) {
            counts[i] = i % 7 == 0 ? Integer.MAX_VALUE : i % 3 == 0 ? 255 + i : 1;
            flags[i] = (byte) (i % 3 == 0 ? 0x80 | i : i % 16);
        }
        byte[] packed = TermVectorCodec.pack(ids, counts, flags);
        assertTrue((0xFFFF_FFFFL >>> packed[1]) > 64, "k " + packed[1]);
        assertArrayEquals(TermVectorCodecReference.pack(ids, counts, flags), packed);
        assertSame(new TermVector(1, 1, ids, counts, flags), TermVectorCodec.unpack(1, 1, packed));
    }

    @Test
    void everyCutOfAVectorIsRefused() {
        // The last byte holds at least one bit of the last term: any cut loses some.
        Random r = new Random(31);
        for (int i = 0; i < 60; i++) {
            TermVector v = i % 2 == 0 ? anyShape(r) : random(r, 1 + r.nextInt(80));
            byte[] packed = TermVectorCodec.pack(v.termIds(), v.counts(), v.flags());
            for (int cut = 1; cut < packed.length; cut++) {
                byte[] shorter = Arrays.copyOf(packed, cut);
                assertThrows(StoreException.class, () -> TermVectorCodec.unpack(1, 1, shorter), "cut at " + cut);
            }
        }
    }

    @Test
    void corruptVectorsEndInAStoreErrorOrAVectorOfDistinctAscendingHashes() {
        Random r = new Random(77);
        int otherHeaders = 0; // blobs read under another k or flag width that unpack takes
        int otherHeadersRead = 0; // of which unpack gave a vector
        for (int i = 0; i < 3000; i++) {
            TermVector v = i % 2 == 0 ? anyShape(r) : random(r, 1 + r.nextInt(200));
            byte[] packed = TermVectorCodec.pack(v.termIds(), v.counts(), v.flags());
            byte[] damaged = packed.clone();
            int changes = 1 + r.nextInt(3);
            for (int c = 0; c < changes; c++) {
                // Any byte but the format's; the header's k and flag width often.
                int at = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 1 + r.nextInt(damaged.length - 1);
                if (at == 1 && r.nextBoolean()) {
                    damaged[at] = (byte) r.nextInt(33); // another k unpack takes, 32 among them
                } else if (at == 2 && r.nextBoolean()) {
                    damaged[at] = (byte) (damaged[at] == 4 ? 8 : 4); // the other flag width
                } else {
                    damaged[at] = r.nextInt(3) == 0 ? (byte) 0xFF : (byte) (damaged[at] ^ (1 << r.nextInt(8)));
                }
            }
            boolean otherHeader = (damaged[1] != packed[1] || damaged[2] != packed[2])
                    && damaged[1] >= 0 && damaged[1] <= 32 && (damaged[2] == 4 || damaged[2] == 8);
            if (otherHeader) {
                otherHeaders++;
            }
            try {
                TermVector read = TermVectorCodec.unpack(1, 1, damaged);
                if (otherHeader) {
                    otherHeadersRead++;
                }
                int[] ids = read.termIds();
                for (int j = 1; j < ids.length; j++) {
                    assertTrue(ids[j - 1] < ids[j], "hashes out of order at " + j);
                }
                for (int count : read.counts()) {
                    assertTrue(count >= 1, "count " + count);
                }
            } catch (StoreException expected) {
                assertTrue(expected.getMessage().startsWith("an article's related-stories terms are damaged"));
            }
        }
        assertTrue(otherHeadersRead > 50 && otherHeaders - otherHeadersRead > 50,
                otherHeaders + " read under another header, " + otherHeadersRead + " of them unpacked");
        // All ones: the first quotient would run past the end of the bytes.
        byte[] ones = new byte[64];
        Arrays.fill(ones, (byte) 0xFF);
        ones[0] = 2;
        ones[1] = 0;
        ones[2] = 4;
        ones[3] = 1;
        assertThrows(StoreException.class, () -> TermVectorCodec.unpack(1, 1, ones));
        // A count's code of 31 zeros and more: no int count has it.
        byte[] zeros = {2, 0, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThrows(StoreException.class, () -> TermVectorCodec.unpack(1, 1, zeros));
        // Gaps that run past the last hash: two terms each a gap of 2^32 - 1 with k = 32
        // (the hashes would wrap around; the reference read them as two equal hashes).
        String widestTerm = "0" + "1".repeat(32) + "0000" + "1";
        byte[] once = withBits(new byte[] {2, 32, 4, 1}, widestTerm);
        assertSame(new TermVector(1, 1, new int[] {Integer.MAX_VALUE}, new int[] {1}, new byte[] {0}),
                TermVectorCodec.unpack(1, 1, once));
        byte[] twice = withBits(new byte[] {2, 32, 4, 2}, widestTerm + widestTerm);
        assertThrows(StoreException.class, () -> TermVectorCodec.unpack(1, 1, twice));
    }

    /** The low {@code width} bits of {@code value} as '0' and '1', most significant first. */
    private static String binary(long value, int width) {
        StringBuilder bits = new StringBuilder();
        for (int i = width - 1; i >= 0; i--) {
            bits.append((value >>> i & 1) == 0 ? '0' : '1');
        }
        return bits.toString();
    }

    /** {@code header}, then the bits written as '0' and '1', most significant first, zero-padded. */
    private static byte[] withBits(byte[] header, String bits) {
        byte[] out = Arrays.copyOf(header, header.length + (bits.length() + 7) / 8);
        for (int i = 0; i < bits.length(); i++) {
            if (bits.charAt(i) == '1') {
                out[header.length + i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        return out;
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
