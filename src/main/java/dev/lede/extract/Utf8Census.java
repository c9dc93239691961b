package dev.lede.extract;

/**
 * How well bytes read as UTF-8, in one pass: the well-formed multi-byte sequences and the
 * bytes that belong to none. A page cut off by a size limit may end inside a sequence; that
 * tail does not count as bad.
 */
record Utf8Census(int sequences, int invalid) {

    static Utf8Census of(byte[] bytes) {
        int sequences = 0;
        int invalid = 0;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                sequences++;
                i += length;
            } else if (truncatedAtEnd(bytes, i)) {
                break;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Census(sequences, invalid);
    }

    /**
     * The length of the well-formed multi-byte sequence starting at {@code i} (2 to 4), or 0:
     * no overlong forms, no surrogates, nothing past U+10FFFF (RFC 3629).
     */
    static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        int max = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = b == 0xE0 ? 0xA0 : 0x80;
            max = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = b == 0xF0 ? 0x90 : 0x80;
            max = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    /** True when the bytes from {@code i} are the start of a sequence the end of the bytes cut short. */
    private static boolean truncatedAtEnd(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
        if (length == 0 || i + length <= bytes.length) {
            return false;
        }
        for (int k = i + 1; k < bytes.length; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
