package dev.lede.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns feed bytes into text. Feeds often declare the wrong encoding (UTF-8 bytes under
 * {@code encoding="ISO-8859-1"}), so bytes that are valid UTF-8 are read as UTF-8 whatever
 * the declaration says; otherwise the HTTP header, then the declaration, then windows-1252.
 */
final class FeedBytes {
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private static final Map<String, String> ALIASES = Map.of(
            "cp_is", "IBM861", "cspc775baltic", "IBM775", "cspc850multilingual", "IBM850",
            "cspc862latinhebrew", "IBM862", "cspc8codepage437", "IBM437", "cspcp852", "IBM852", "ibm039", "IBM037");

    private FeedBytes() {
    }

    static String decode(byte[] bytes, String headerCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x3C)) {
            return strip(new String(bytes, StandardCharsets.UTF_16BE));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0x3C, 0x00)) {
            return strip(new String(bytes, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0x4C, 0x6F, 0xA7, 0x94)) { // "<?xm" in EBCDIC: the declaration names the code page
            Charset ebcdic = Charset.forName("IBM037");
            Matcher m = XML_ENCODING.matcher(new String(bytes, 0, Math.min(bytes.length, 512), ebcdic));
            Charset declared = m.find() ? known(m.group(1)) : null;
            return new String(bytes, declared != null ? declared : ebcdic);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        Charset charset = known(headerCharset);
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
            Matcher m = XML_ENCODING.matcher(head);
            charset = m.find() ? known(m.group(1)) : null;
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16")) {
            charset = Charset.forName("windows-1252"); // bytes that are not UTF-8 are most often this
        } else if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            charset = Charset.forName("windows-1252"); // as browsers do: a superset with curly quotes
        }
        return new String(bytes, charset);
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset a feed or a server names, also by the IANA and Python spellings Java lacks. */
    private static Charset known(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (String candidate : new String[] {n, ALIASES.getOrDefault(n, n), n.replace('_', '-'),
            n.replaceFirst("^cs(ibm|pc)", "$1")}) {
            try {
                return Charset.forName(candidate);
            } catch (IllegalArgumentException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
