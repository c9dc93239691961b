package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void isoDatesInTheUsualFormsAreRead() {
        assertEquals("2019-11-18T10:00-05:00", MetadataReader.isoDate("2019-11-18T10:00:00-0500"));
        assertEquals("2019-11-18", MetadataReader.isoDate("2019-11-18"));
    }

    @Test
    void placeholderAndFarFutureDatesAreDropped() {
        assertNull(MetadataReader.isoDate("0001-01-01T00:00:00Z"));
        assertNull(MetadataReader.isoDate("1970-01-01"));
        assertNull(MetadataReader.isoDate("2999-01-01"));
    }
}
