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
        // The exact size up front: one array, filled once, no copy at the end.
        long bits = (long) n * (1 + k + flagBits);
        for (int i = 0; i < n; i++) {
            bits += (gaps[i] >>> k) + 2 * bitLength(counts[i]) - 1;
        }
        BitWriter out = new BitWriter(new byte[Math.toIntExact(3 + varintSize(n) + (bits + 7) / 8)]);
        out.bytes[0] = FORMAT;
        out.bytes[1] = (byte) k;
        out.bytes[2] = (byte) flagBits;
        out.size = 3;
        out.varint(n);
        long lowMask = (1L << k) - 1; // k <= 32
        for (int i = 0; i < n; i++) {
            long q = gaps[i] >>> k;
            int countBits = 2 * bitLength(counts[i]) - 1; // its gamma code: zeros, then the count
            long width = q + 1 + k + flagBits + countBits;
            if (width <= BitWriter.MAX_WIDTH) { // most terms: the whole term in one write
                long code = ((1L << q) - 1) << 1; // q ones, a zero
                code = code << k | gaps[i] & lowMask;
                code = code << flagBits | flags[i] & 0xFF;
                code = code << countBits | counts[i];
                out.bits(code, (int) width);
            } else {
                out.unary(q);
                out.bits(gaps[i], k);
                out.bits(flags[i] & 0xFF, flagBits);
                out.bits(0, countBits / 2);
                out.bits(counts[i], countBits / 2 + 1);
            }
        }
        return out.finish();
    }

    /** The bits of {@code c} (at least 1) from its leading one on. */
    private static int bitLength(int c) {
        return c < 256 ? 8 - LEADING_ZEROS[c] : 32 - Integer.numberOfLeadingZeros(c);
    }

    private static int varintSize(int value) {
        int size = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
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
        long lowMask = (1L << k) - 1; // k <= 32
        int flagMask = (1 << flagBits) - 1;
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long gap;
            int flag;
            int count;
            // Most terms (a few ones, k low bits, the flags, a count under 256) lie in the 57
            // bits of one window: taken with shifts and masks. The others, and any term of a
            // damaged vector that would read past the window, take the reader's steps. (Under
            // C1, which runs imports and the reader, Long.numberOfLeadingZeros is a method
            // call, under C2 one instruction: of the mixes tried in CodecBench, the instruction
            // for the quotient's ones and a table for the count's zeros was faster under C1
            // and no slower under C2 than the reader before.)
            long w = in.window();
            int ones = Long.numberOfLeadingZeros(~w);
            int flagsEnd = ones + 1 + k + flagBits;
            int zeros = LEADING_ZEROS[(int) (w << flagsEnd >>> 56)]; // a shift of 64 or more wraps: end is past 57 then anyway
            int end = flagsEnd + 2 * zeros + 1;
            if (end <= BitReader.WINDOW) {
                gap = (long) ones << k | w >>> (63 - ones - k) & lowMask;
                flag = (int) (w >>> (64 - flagsEnd)) & flagMask;
                count = (int) (w >>> (64 - end)) & ((2 << zeros) - 1); // from the count's leading one
                in.skip(end);
            } else {
                gap = in.unary() << k | in.bits(k);
                flag = (int) in.bits(flagBits);
                count = in.gamma();
            }
            long u = previous + 1 + gap;
            if (u > 0xFFFF_FFFFL) {
                throw damaged("bad gap");
            }
            ids[i] = (int) (u + Integer.MIN_VALUE);
            flags[i] = (byte) flag;
            counts[i] = count;
            previous = u;
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

    /** Writes bits most significant first, through a 64-bit accumulator, into an array of the exact size. */
    private static final class BitWriter {
        /** The widest single write: the accumulator keeps up to 7 bits between writes. */
        static final int MAX_WIDTH = 57;

        final byte[] bytes;
        int size; // whole bytes written
        private long pending; // its low 'held' bits (under 8) are not written yet
        private int held;

        BitWriter(byte[] bytes) {
            this.bytes = bytes;
        }

        /** The low {@code width} (at most {@link #MAX_WIDTH}) bits of {@code value}. */
        void bits(long value, int width) {
            pending = pending << width | value & ((1L << width) - 1);
            held += width;
            while (held >= 8) {
                held -= 8;
                bytes[size++] = (byte) (pending >>> held);
            }
        }

        /** {@code q} ones, then a zero. */
        void unary(long q) {
            for (; q >= 32; q -= 32) {
                bits(0xFFFF_FFFFL, 32);
            }
            bits(((1L << q) - 1) << 1, (int) q + 1);
        }

        void varint(int value) { // whole bytes: called at a byte boundary, before any bits
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        byte[] finish() {
            if (held > 0) {
                bytes[size++] = (byte) (pending << (8 - held)); // padded with zeros
                held = 0;
            }
            if (size != bytes.length) {
                throw new IllegalStateException("term vector packed to " + size + " bytes, not " + bytes.length);
            }
            return bytes;
        }
    }

    /**
     * The leading zeros of each byte value, and 64 for 0 ("eight or more", which sends the
     * reader the long way). A table rather than Integer.numberOfLeadingZeros: C1, which runs
     * imports and the reader, calls a method for that where C2 uses an instruction.
     */
    private static final int[] LEADING_ZEROS = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            LEADING_ZEROS[b] = b == 0 ? 64 : Integer.numberOfLeadingZeros(b) - 24;
        }
    }

    /**
     * Reads bits most significant first from a bit position; past the end it reads zeros (the
     * caller checks {@link #withinData} at the end). Every read is bounded: a damaged vector
     * ends in a {@link StoreException}, never in a loop over more bits than it holds.
     */
    private static final class BitReader {
        /** The bits a {@link #window} always holds: 64 less the at most 7 of its first byte already read. */
        static final int WINDOW = 57;

        private final byte[] bytes;
        private long position; // in bits

        BitReader(byte[] bytes, int fromByte) {
            this.bytes = bytes;
            this.position = fromByte * 8L;
        }

        /** The next bits, left-aligned; the first {@link #WINDOW} are real (or zeros past the end). */
        long window() {
            int at = (int) (position >>> 3);
            byte[] b = bytes;
            long eight;
            if (at + 8 <= b.length) {
                // Byte by byte: C1 calls Long.reverseBytes for a big-endian VarHandle read.
                eight = (b[at] & 0xFFL) << 56 | (b[at + 1] & 0xFFL) << 48 | (b[at + 2] & 0xFFL) << 40
                        | (b[at + 3] & 0xFFL) << 32 | (b[at + 4] & 0xFFL) << 24 | (b[at + 5] & 0xFFL) << 16
                        | (b[at + 6] & 0xFFL) << 8 | b[at + 7] & 0xFFL;
            } else {
                eight = 0;
                for (int i = 0; i < 8; i++) {
                    eight = eight << 8 | (at + i < b.length ? b[at + i] & 0xFF : 0);
                }
            }
            return eight << (position & 7);
        }

        void skip(int bits) {
            position += bits;
        }

        /** The next {@code width} (at most 32) bits. */
        long bits(int width) {
            if (width == 0) {
                return 0;
            }
            long v = window() >>> (64 - width);
            position += width;
            return v;
        }

        /** The number of ones up to the next zero, which is consumed too. */
        long unary() {
            long q = 0;
            while (true) {
                int ones = Long.numberOfLeadingZeros(~window());
                if (ones < WINDOW) {
                    position += ones + 1;
                    return q + ones;
                }
                q += WINDOW;
                position += WINDOW;
                if (!withinData()) {
                    throw damaged("cut short");
                }
            }
        }

        /** An Elias gamma code: z zeros, then z + 1 bits from a one on; a count is an int, so z is at most 30. */
        int gamma() {
            int zeros = Long.numberOfLeadingZeros(window());
            if (zeros > 30) {
                throw damaged("bad count");
            }
            position += zeros;
            return (int) bits(zeros + 1);
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
            return position <= (long) bytes.length * 8;
        }
    }

    private static StoreException damaged(String why) {
        return new StoreException("an article's related-stories terms are damaged (" + why + ")");
    }
}
