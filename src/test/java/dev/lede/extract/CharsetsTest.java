package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
    private static final String FRENCH = "Le café de la gare a rouvert ses portes, à la grande joie des habitués : "
            + "crème brûlée, œufs à la coque et « déjeuner » servi jusqu’à midi, pour 12 €.";
    private static final String JAPANESE = "昨日、東京の駅前にある古い喫茶店が再び営業を始めました。"
            + "店主は「お客さんが戻ってきてくれて本当にうれしい」と話しています。"
            + "コーヒーは一杯四百円で、ケーキと一緒に注文する人が多いそうです。";
    private static final String CHINESE = "昨天，上海市中心的一家老茶馆重新开业了。"
            + "店主说，很多老顾客都回来了，他感到非常高兴。"
            + "茶馆里每天下午都有传统音乐表演，吸引了不少年轻人前来参观。";

    private final Extractor extractor = new Extractor();

    private static byte[] page(String head, String body, Charset charset) {
        String html = "<html><head>" + head + "<title>Test</title></head><body><div class=\"article\"><p>"
                + body + "</p><p>" + body + "</p></div></body></html>";
        return html.getBytes(charset);
    }

    private String text(byte[] bytes, String headerCharset) {
        ExtractedArticle a = extractor.extract(new Page(bytes, "https://example.org/a", "text/html", headerCharset));
        return a.text();
    }

    @Test
    void readsWindows1252NamedByTheHttpHeader() {
        byte[] bytes = page("", FRENCH, Charset.forName("windows-1252"));
        assertTrue(text(bytes, "windows-1252").contains(FRENCH));
        assertTrue(text(bytes, "ISO-8859-1").contains(FRENCH), "Latin-1 labels mean windows-1252, as in browsers");
    }

    @Test
    void readsWindows1252NamedByAMetaTagBehindALongScript() {
        String script = "<script>var filler = \"" + "x".repeat(8000) + "\";</script>";
        byte[] bytes = page(script + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
                FRENCH, Charset.forName("windows-1252"));
        assertTrue(text(bytes, null).contains(FRENCH));
        byte[] metaCharset = page("<meta charset='iso-8859-1'>", FRENCH, Charset.forName("windows-1252"));
        assertTrue(text(metaCharset, null).contains(FRENCH));
    }

    @Test
    void readsUndeclaredWindows1252() {
        assertTrue(text(page("", FRENCH, Charset.forName("windows-1252")), null).contains(FRENCH));
    }

    @Test
    void readsUtf8MislabelledAsLatin1() {
        assertTrue(text(page("<meta charset=iso-8859-1>", FRENCH, StandardCharsets.UTF_8), null).contains(FRENCH));
    }

    @Test
    void readsShiftJisDeclaredAndUndeclared() {
        Charset sjis = Charset.forName("Shift_JIS");
        assertTrue(text(page("<meta charset=\"Shift_JIS\">", JAPANESE, sjis), null).contains(JAPANESE));
        assertTrue(text(page("", JAPANESE, sjis), null).contains(JAPANESE));
        assertTrue(text(page("", JAPANESE, sjis), "x-sjis").contains(JAPANESE));
    }

    @Test
    void readsGbkDeclaredAsGb2312AndUndeclared() {
        Charset gbk = Charset.forName("GBK");
        assertTrue(text(page("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">", CHINESE, gbk), null)
                .contains(CHINESE));
        assertTrue(text(page("", CHINESE, gbk), null).contains(CHINESE));
    }

    @Test
    void honoursAByteOrderMarkOverAnyDeclaration() {
        byte[] body = page("<meta charset=windows-1252>", FRENCH, StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertTrue(text(withBom, "windows-1252").contains(FRENCH));
    }

    @Test
    void mapsLabelsTheWayBrowsersDo() {
        assertEquals(Charsets.WINDOWS_1252, Charsets.forName("ISO-8859-1"));
        assertEquals(Charsets.WINDOWS_1252, Charsets.forName("us-ascii"));
        assertEquals(Charsets.GBK, Charsets.forName("GB2312"));
        assertEquals(StandardCharsets.UTF_8, Charsets.forName("utf-16"));
        assertEquals(Charset.forName("ISO-8859-2"), Charsets.forName("\"iso-8859-2\""));
        assertEquals(null, Charsets.forName("no-such-charset"));
    }

    @Test
    void treatsATruncatedUtf8SequenceAtTheEndAsUtf8() {
        byte[] bytes = "prix : 12 € et café".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertEquals(StandardCharsets.UTF_8, Charsets.detect(cut, null));
    }

    @Test
    void readsWindows1252DeclaredAsUtf8AsIfUndeclared() {
        Charset cp1252 = Charset.forName("windows-1252");
        String byHeader = text(page("", FRENCH, cp1252), "utf-8");
        assertTrue(byHeader.contains(FRENCH), byHeader);
        assertFalse(byHeader.contains("\uFFFD"));
        String byMeta = text(page("<meta charset=\"utf-8\">", FRENCH, cp1252), null);
        assertTrue(byMeta.contains(FRENCH), byMeta);
    }

    @Test
    void readsShiftJisDeclaredAsUtf8AsIfUndeclared() {
        assertTrue(text(page("<meta charset=utf-8>", JAPANESE, Charset.forName("Shift_JIS")), null).contains(JAPANESE));
    }

    @Test
    void keepsUtf8WithAFewStrayLatinBytesAndReadsThoseBytesAsWindows1252() {
        byte[] utf8 = page("<meta charset=utf-8>", FRENCH + " [STRAY]", StandardCharsets.UTF_8);
        String html = new String(utf8, StandardCharsets.ISO_8859_1).replace("[STRAY]", "caf\u00e9 cr\u00e8me");
        byte[] mixed = html.getBytes(StandardCharsets.ISO_8859_1); // é and è as single windows-1252 bytes
        String text = text(mixed, "utf-8");
        assertTrue(text.contains(FRENCH + " café crème"), text);
        assertFalse(text.contains("\uFFFD"));
    }

    @Test
    void countsWellFormedAndStrayUtf8Bytes() {
        assertEquals(new Utf8Census(2, 0), Utf8Census.of("é €".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Utf8Census(0, 1), Utf8Census.of(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' '}));
        assertEquals(new Utf8Census(0, 2), Utf8Census.of(new byte[] {(byte) 0xC0, (byte) 0xAF}), "an overlong '/' is not UTF-8");
        assertEquals(new Utf8Census(0, 3), Utf8Census.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "nor is a surrogate");
    }
}
