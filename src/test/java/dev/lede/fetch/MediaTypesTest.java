package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {
    @Test
    void readsTheMediaTypeWithoutParametersInLowerCase() {
        assertEquals("text/html", MediaTypes.mediaType(" Text/HTML ; charset=utf-8"));
    }

    @Test
    void ignoresAMalformedMediaType() {
        assertNull(MediaTypes.mediaType("text html\u001b[31m"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html; charset=Windows-1252 | windows-1252",
            "text/html; charset=\"utf-8\" | UTF-8",
            "text/html;CHARSET=latin1 | ISO-8859-1",
            "text/html; charset=no-such-charset | ",
            "text/html | "})
    void namesTheHeadersCharsetCanonically(String header, String expected) {
        assertEquals(expected, MediaTypes.charset(header));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "%PDF-1.7 | application/pdf",
            "GIF89a.. | image/gif",
            "<!DOCTYPE html><html> | text/html",
            "\ufeff<html lang=en> | text/html",
            "Just a note.\\nSecond line. | text/plain"})
    void sniffsATypeFromTheFirstBytes(String start, String expected) {
        assertEquals(expected, MediaTypes.sniff(start.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sniffsJpegFromItsSignature() {
        assertEquals("image/jpeg", MediaTypes.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}));
    }

    @Test
    void callsBinaryWithoutASignatureUnknown() {
        assertEquals("application/octet-stream", MediaTypes.sniff(new byte[] {1, 2, 0, 3}));
    }
}
