package dev.lede.store;

import java.util.Arrays;

/**
 * REFERENCE MODEL, for tests and the codec benchmark only (the program never uses it):
 * {@link TermVectorCodec}'s pack and unpack as they were on main before the codec wrote and
 * read whole terms at a time (main at 10c29ea): pack writes one bit at a time, unpack reads
 * field by field through a 64-bit buffer. The codec must write exactly these bytes and read
 * the same vectors from them.
 */
public final class TermVectorCodecReference {
    static final int FORMAT = 2;

    private TermVectorCodecReference() {
    }

    /** Packs ids (ascending as signed ints, distinct), counts (at least 1) and flags. */
    public static byte[] pack(int[] termIds, int[] counts, byte[] flags) {
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

    public static TermVector unpack(long articleId, int length, byte[] packed) {
        if (packed.length == 0) {
            return new TermVector(articleId, length, new int[0], new int[0], new byte[0]);
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
        return new TermVector(articleId, length, ids, counts, flags);
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
