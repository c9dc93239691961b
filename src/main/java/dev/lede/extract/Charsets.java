package dev.lede.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text: byte-order mark, then the HTTP header's charset, then a
 * {@code <meta>} or XML declaration, then detection (UTF-8 validity, Shift_JIS and GBK
 * heuristics, windows-1252 as the last resort). A declaration of UTF-8 that the bytes
 * belie is set aside for detection, as if there were none.
 */
final class Charsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    static final Charset GBK = Charset.forName("GBK");

    /** Declarations can sit behind long inline scripts or styles, so look further than 5 KB. */
    private static final int DECLARATION_SCAN_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** Decodes {@code bytes}, using {@code headerCharset} (may be null) when it names a known charset. */
    static String decode(byte[] bytes, String headerCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = detect(bytes, headerCharset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return decodeUtf8(bytes);
        }
        return new String(bytes, charset);
    }

    /**
     * UTF-8, with each byte that is not part of a well-formed sequence read as windows-1252
     * rather than as U+FFFD: a UTF-8 page with some Latin text pasted in (from an old
     * database, say) keeps every character.
     */
    static String decodeUtf8(byte[] bytes) {
        // The JDK's decoder is far faster than a walk by hand: most pages are clean UTF-8.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0 || Utf8Census.of(bytes).invalid() == 0) {
            return fast;
        }
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int length = Utf8Census.sequenceLength(bytes, i);
            if (length > 0) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                i += length;
            } else {
                out.append(new String(bytes, i, 1, WINDOWS_1252));
                i++;
            }
        }
        return out.toString();
    }

    /** The charset {@link #decode} would use for bytes without a byte-order mark. */
    static Charset detect(byte[] bytes, String headerCharset) {
        Charset declared = forName(headerCharset);
        if (declared == null) {
            declared = declaredInMarkup(bytes);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            // A page labelled with a single-byte charset whose bytes are valid, non-ASCII
            // UTF-8 is nearly always mislabelled UTF-8: real Latin text is almost never valid UTF-8.
            if (isSingleByte(declared) && !isAscii(bytes) && isValidUtf8(bytes)) {
                return StandardCharsets.UTF_8;
            }
            return declared;
        }
        // Declared UTF-8 or undeclared: UTF-8 when the bytes are mostly well-formed UTF-8 (a
        // few bad bytes are damage, read one by one); else another encoding, whatever the label says.
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        Utf8Census census = Utf8Census.of(bytes);
        return census.sequences() > census.invalid() ? StandardCharsets.UTF_8 : guessLegacy(bytes);
    }

    /** The charset named by a {@code <meta>} tag or an XML declaration near the top, or null. */
    static Charset declaredInMarkup(byte[] bytes) {
        // ISO-8859-1 maps bytes one to one, so ASCII markup reads correctly whatever the encoding.
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN_BYTES),
                StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset cs = forName(xml.group(1));
            if (cs != null) {
                return cs;
            }
        }
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset cs = forName(m.group(1));
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    /**
     * Maps a label to the charset a browser would use (WHATWG Encoding): Latin-1 and ASCII
     * labels mean windows-1252, GB2312 means GBK, and UTF-16 in ASCII-compatible markup means
     * UTF-8. Returns null for unknown labels.
     */
    static Charset forName(String label) {
        if (label == null) {
            return null;
        }
        String name = label.trim().replaceAll("^[\"']|[\"';]$", "").toLowerCase(Locale.ROOT);
        switch (name) {
            case "":
                return null;
            case "iso-8859-1": case "latin1": case "latin-1": case "l1": case "iso8859-1":
            case "iso_8859-1": case "us-ascii": case "ascii": case "cp1252": case "x-cp1252":
            case "windows-1252":
                return WINDOWS_1252;
            case "gb2312": case "gb_2312-80": case "x-gbk": case "gbk": case "chinese": case "csgb2312":
                return GBK;
            case "x-sjis": case "sjis": case "shift-jis": case "shift_jis": case "ms_kanji":
            case "windows-31j": case "ms932": case "cp932":
                return SHIFT_JIS;
            case "utf-16": case "utf-16le": case "utf-16be": case "unicode": case "utf8": case "utf-8":
                return StandardCharsets.UTF_8;
            default:
                try {
                    return Charset.isSupported(name) ? Charset.forName(name) : null;
                } catch (RuntimeException e) {
                    return null;
                }
        }
    }

    /**
     * True when the start of the bytes is not text in any ASCII-compatible encoding: many
     * control bytes (NUL and friends), as in images, archives or executables. UTF-16 pages
     * start with a byte-order mark and are let through.
     */
    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = bytes.length;
        // A page cut off by a size limit may end inside a multi-byte sequence.
        int cut = 0;
        while (cut < 3 && cut < length && (bytes[length - 1 - cut] & 0xC0) == 0x80) {
            cut++;
        }
        if (cut < length && (bytes[length - 1 - cut] & 0xC0) == 0xC0) {
            length -= cut + 1;
        }
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset guessLegacy(byte[] bytes) {
        double sjis = shiftJisScore(bytes);
        double gbk = gbkScore(bytes);
        if (sjis > 0.5 && sjis >= gbk) {
            return SHIFT_JIS;
        }
        if (gbk > 0.5) {
            return GBK;
        }
        return WINDOWS_1252;
    }

    /**
     * Share of non-ASCII byte pairs that look like Japanese text in Shift_JIS: kana and the
     * common kanji rows, against all pairs and the bytes that cannot start one.
     */
    static double shiftJisScore(byte[] bytes) {
        int pairs = 0;
        int good = 0;
        int bad = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (b >= 0xA1 && b <= 0xDF) {
                // Half-width katakana are rare in real pages but frequent when GBK is read as Shift_JIS.
                bad++;
                continue;
            }
            if (i + 1 >= bytes.length) {
                break;
            }
            int t = bytes[i + 1] & 0xFF;
            boolean lead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
            boolean trail = t >= 0x40 && t <= 0xFC && t != 0x7F;
            if (!lead || !trail) {
                bad++;
                continue;
            }
            pairs++;
            // Hiragana, katakana, punctuation and the JIS level 1 kanji rows.
            if (b == 0x81 || b == 0x82 || b == 0x83 || (b >= 0x88 && b <= 0x98)) {
                good++;
            }
            i++;
        }
        int total = pairs + bad;
        return total == 0 ? 0 : (double) good / total;
    }

    /** Share of non-ASCII byte pairs inside the GB2312 rows (the common Chinese characters). */
    static double gbkScore(byte[] bytes) {
        int pairs = 0;
        int good = 0;
        int bad = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (i + 1 >= bytes.length) {
                break;
            }
            int t = bytes[i + 1] & 0xFF;
            if (b < 0x81 || b > 0xFE || t < 0x40 || t == 0x7F || t == 0xFF) {
                bad++;
                continue;
            }
            pairs++;
            if (b >= 0xA1 && b <= 0xF7 && t >= 0xA1 && t <= 0xFE) {
                good++;
            }
            i++;
        }
        int total = pairs + bad;
        return total == 0 ? 0 : (double) good / total;
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.equals(WINDOWS_1252) || cs.equals(StandardCharsets.ISO_8859_1)
                || cs.name().startsWith("ISO-8859") || cs.name().startsWith("windows-12")
                || cs.name().startsWith("KOI8");
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
