package dev.lede.store;

import java.util.Arrays;

/**
 * The stored form of a {@link TermVector}, bit-packed: about 4 bytes a term where the first
 * form (varints, kept for converting old libraries) took 6. Term hashes are uniform 32-bit
 * values, so the gaps between sorted hashes are close to geometric and a Rice code fits them
 * (a quotient in unary, then {@code k} low bits); flags take 4 bits (8 if one does not fit) and
 * counts, mostly 1, an Elias gamma code (1 bit for a count of 1).
 *
 * <p>Layout (no bytes at all for no terms): a format byte ({@value #FORMAT}), {@code k}, the flag width, the number of terms
 * as a varint, then the bits of each term in order (gap, flags, count), most significant bit
 * first, the last byte padded with zeros.
 */
final class TermVectorCodec {
    static final int FORMAT = 2;

    private TermVectorCodec() {
    }

    /** Packs ids (ascending as signed ints, distinct), counts (at least 1) and flags. */
    static byte[] pack(int[] termIds, int[] counts, byte[] flags) {
        int n = termIds.length;
        if (n == 0) {
            return new byte[0]; // as the first form stored it
        }
        long[] gaps = new long[n];
        long previous = -1; // hashes as unsigned offsets from Integer.MIN_VALUE, ascending
        for (int i = 0; i < n; i++) {
            long u = (long) termIds[i] - Integer.MIN_VALUE;
            gaps[i] = u - previous - 1;
            previous = u;
        }
        int flagBits = 4;
        for (byte f : flags) {
            if ((f & 0xF0) != 0) {
                flagBits = 8;
            }
        }
        int k = bestK(gaps);
        BitWriter out = new BitWriter(8 + n * 5);
        out.bytes[0] = FORMAT;
        out.bytes[1] = (byte) k;
        out.bytes[2] = (byte) flagBits;
        out.position = 3 * 8;
        out.varint(n);
        for (int i = 0; i < n; i++) {
            long q = gaps[i] >>> k;
            for (long j = 0; j < q; j++) {
                out.bit(1);
            }
            out.bit(0);
            out.bits(gaps[i], k);
            out.bits(flags[i] & 0xFF, flagBits);
            int c = counts[i];
            int width = 32 - Integer.numberOfLeadingZeros(c); // c >= 1
            out.bits(0, width - 1);
            out.bits(c, width);
        }
        return out.finish();
    }

    /** The Rice parameter that codes {@code gaps} in the fewest bits (a few around the estimate tried). */
    private static int bestK(long[] gaps) {
        if (gaps.length == 0) {
            return 0;
        }
        long sum = 0;
        for (long g : gaps) {
            sum += g;
        }
        long mean = Math.max(1, sum / gaps.length);
        int estimate = 63 - Long.numberOfLeadingZeros(mean);
        int best = 0;
        long bestBits = Long.MAX_VALUE;
        for (int k = Math.max(0, estimate - 2); k <= Math.min(32, estimate + 1); k++) {
            long bits = (long) gaps.length * (k + 1);
            for (long g : gaps) {
                bits += g >>> k;
            }
            if (bits < bestBits) {
                bestBits = bits;
                best = k;
            }
        }
        return best;
    }

    static TermVector unpack(long articleId, int length, byte[] packed) {
        return unpack(articleId, length, packed, TermVector.NO_DAY);
    }

    /** As {@link #unpack(long, int, byte[])}, the vector carrying the article's {@code day}. */
    static TermVector unpack(long articleId, int length, byte[] packed, int day) {
        if (packed.length == 0) {
            return new TermVector(articleId, length, new int[0], new int[0], new byte[0], day);
        }
        if (packed.length < 4 || packed[0] != FORMAT) {
            throw damaged("unknown format");
        }
        int k = packed[1];
        int flagBits = packed[2];
        if (k < 0 || k > 32 || flagBits != 4 && flagBits != 8) {
            throw damaged("bad header");
        }
        BitReader in = new BitReader(packed, 3);
        int n = in.varint();
        if (n < 0 || n > (packed.length - 3) * 8) { // every term takes at least one bit
            throw damaged("bad length");
        }
        int[] ids = new int[n];
        int[] counts = new int[n];
        byte[] flags = new byte[n];
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long q = in.unary();
            long u = previous + 1 + (q << k | in.bits(k));
            ids[i] = (int) (u + Integer.MIN_VALUE);
            previous = u;
            flags[i] = (byte) in.bits(flagBits);
            int zeros = in.zeros();
            counts[i] = (int) (1L << zeros | in.bits(zeros));
        }
        if (!in.withinData()) {
            throw damaged("cut short");
        }
        return new TermVector(articleId, length, ids, counts, flags, day);
    }

    /**
     * Reads the first stored form (schema steps 2 to the vector repacking): per term the
     * delta from the previous id, the count (both varints) and the flags byte.
     */
    static TermVector unpackVarints(long articleId, int length, byte[] packed) {
        int n = 0;
        int[] ids = new int[Math.max(4, packed.length / 3)];
        int[] counts = new int[ids.length];
        byte[] flags = new byte[ids.length];
        int[] pos = {0};
        long previous = Integer.MIN_VALUE;
        while (pos[0] < packed.length) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                counts = Arrays.copyOf(counts, n * 2);
                flags = Arrays.copyOf(flags, n * 2);
            }
            previous += readVarint(packed, pos);
            ids[n] = (int) previous;
            counts[n] = (int) readVarint(packed, pos);
            flags[n] = packed[pos[0]++];
            n++;
        }
        return new TermVector(articleId, length, Arrays.copyOf(ids, n), Arrays.copyOf(counts, n),
                Arrays.copyOf(flags, n));
    }

    private static long readVarint(byte[] in, int[] pos) {
        long value = 0;
        int shift = 0;
        while (true) {
            if (pos[0] >= in.length) {
                throw damaged("cut short");
            }
            byte b = in[pos[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }

    private static final class BitWriter {
        byte[] bytes;
        long position; // in bits

        BitWriter(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void bit(int b) {
            int at = (int) (position >>> 3);
            if (at >= bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            if (b != 0) {
                bytes[at] |= (byte) (0x80 >>> (position & 7));
            }
            position++;
        }

        /** The low {@code width} bits of {@code value}, most significant first. */
        void bits(long value, int width) {
            for (int i = width - 1; i >= 0; i--) {
                bit((int) (value >>> i) & 1);
            }
        }

        void varint(int value) { // whole bytes: called at a byte boundary
            while ((value & ~0x7F) != 0) {
                bits((value & 0x7F) | 0x80, 8);
                value >>>= 7;
            }
            bits(value, 8);
        }

        byte[] finish() {
            return Arrays.copyOf(bytes, (int) ((position + 7) >>> 3));
        }
    }

    /** Eight bytes of an array read as one long, most significant first. */
    private static final java.lang.invoke.VarHandle BIG_ENDIAN =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    /** Reads bits most significant first through a 64-bit buffer; past the end it reads zeros. */
    private static final class BitReader {
        private final byte[] bytes;
        private int next; // the next byte to load
        private long buffer; // bits not yet read, left-aligned
        private int available; // how many bits of buffer are real

        BitReader(byte[] bytes, int fromByte) {
            this.bytes = bytes;
            this.next = fromByte;
        }

        private void fill() {
            if (next + 8 <= bytes.length) {
                // Eight bytes at once: unpacking the candidates' vectors is much of a story probe.
                int take = (64 - available) >>> 3; // the whole bytes that fit after the bits held
                buffer |= (long) BIG_ENDIAN.get(bytes, next) >>> available;
                available += take * 8;
                next += take;
                if (available < 64) {
                    buffer &= -1L << (64 - available); // the next byte's first bits came along: not read yet
                }
                return;
            }
            while (available <= 56) {
                long b = next < bytes.length ? bytes[next] & 0xFF : 0;
                buffer |= b << (56 - available);
                available += 8;
                next++;
            }
        }

        /** The next {@code width} (at most 32) bits. */
        long bits(int width) {
            if (width == 0) {
                return 0;
            }
            if (available < width) {
                fill();
            }
            long v = buffer >>> (64 - width);
            buffer <<= width;
            available -= width;
            return v;
        }

        /** The number of ones up to the next zero, which is consumed too. */
        long unary() {
            long q = 0;
            while (true) {
                if (available == 0) {
                    fill();
                }
                int ones = Long.numberOfLeadingZeros(~buffer);
                if (ones < available) {
                    consume(ones + 1);
                    return q + ones;
                }
                q += available;
                consume(available);
                if (q > (long) bytes.length * 8) {
                    throw damaged("cut short");
                }
            }
        }

        /** The number of zeros up to the next one, which is consumed too; at most 31. */
        int zeros() {
            int z = 0;
            while (z <= 31) {
                if (available == 0) {
                    fill();
                }
                int lead = Long.numberOfLeadingZeros(buffer);
                if (lead < available) {
                    consume(lead + 1);
                    z += lead;
                    break;
                }
                z += available;
                consume(available);
            }
            if (z > 31) {
                throw damaged("bad count");
            }
            return z;
        }

        private void consume(int n) {
            buffer = n == 64 ? 0 : buffer << n;
            available -= n;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = (int) bits(8);
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw damaged("bad length");
        }

        /** Whether the bits read so far all lie within the stored bytes. */
        boolean withinData() {
            return (long) next * 8 - available <= (long) bytes.length * 8;
        }
    }

    private static StoreException damaged(String why) {
        return new StoreException("an article's related-stories terms are damaged (" + why + ")");
    }
}
