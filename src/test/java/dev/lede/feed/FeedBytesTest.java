package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feed bytes in the encodings feeds declare, written here byte by byte. */
class FeedBytesTest {
    @Test
    void anEbcdicFeedIsReadInTheCodePageItDeclares() throws Exception {
        Charset ebcdic = Charset.forName("IBM500");
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"cp500\"?><rss><channel><title>Bäckerei [1]</title></channel></rss>"
                .getBytes(ebcdic);
        assertEquals("Bäckerei [1]", FeedParser.parse(bytes, null, null).title());
    }

    @Test
    void charsetNamesJavaDoesNotKnowByThatSpellingStillWork() {
        byte[] ibm861 = {(byte) 0x80};
        for (String name : new String[] {"cp_is", "csIBM861", "ibm861"}) {
            assertEquals("Ç", FeedBytes.decode(withDeclaration(name, ibm861), null).replaceAll("(?s).*<t>|</t>.*", ""),
                    name);
        }
        assertEquals("Ђ", FeedBytes.decode(withDeclaration("csibm855", new byte[] {(byte) 0x81}), null)
                .replaceAll("(?s).*<t>|</t>.*", ""), "IBM855 0x81 is Ђ");
        assertEquals("Ä", FeedBytes.decode(withDeclaration("cspc775baltic", new byte[] {(byte) 0x8E}), null)
                .replaceAll("(?s).*<t>|</t>.*", ""));
    }

    @Test
    void bytesThatAreNotUtf8FallBackToWindows1252() {
        byte[] quote = {'d', 'o', 'n', (byte) 0x92, 't'};
        assertEquals("don\u2019t", FeedBytes.decode(quote, null));
    }

    private static byte[] withDeclaration(String charset, byte[] body) {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"" + charset + "\"?><t>").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</t>".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
        return all;
    }
}
