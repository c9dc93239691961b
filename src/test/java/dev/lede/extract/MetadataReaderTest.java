package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    static Metadata read(String head) {
        return MetadataReader.read(Jsoup.parse("<html><head>" + head + "</head><body></body></html>", "https://example.com/a"));
    }

    @Test
    void entitiesEscapedTwiceInMetadataComeOutAsCharacters() {
        Metadata meta = read("<meta property=\"og:title\" content=\"Research shows &amp;#8211; a mix\">");
        assertEquals("Research shows \u2013 a mix", meta.title());
    }
}
