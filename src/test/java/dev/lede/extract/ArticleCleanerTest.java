package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private static final List<String> NEWSLETTER = List.of("sign up", "subscribe", "newsletter", "inbox", "cookie");
    private static final List<String> COPYRIGHT = List.of("\u00a9", "(c)", "copyright", "all rights reserved");

    /** What the one-pass scan must agree with: lower case, then a plain search for each word. */
    private static int expected(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int found = 0;
        for (String w : NEWSLETTER) {
            found |= lower.contains(w) ? 1 : 0;
        }
        for (String w : COPYRIGHT) {
            found |= lower.contains(w) ? 2 : 0;
        }
        return found;
    }

    @Test
    void gateWordsFindsTheWordsInAnyCaseAnywhere() {
        List<String> texts = List.of("", "s", "\u00a9", "x\u00a9", "\u00a9 2024 The Paper", "Sign Up for alerts",
                "SUBSCRIBE", "our Newsletter", "your INBOX", "We use Cookies.", "(C) 2019", "Copyright 2020",
                "All Rights Reserved", "all rights reserve", "sign-up", "subscrib", "newslette", "inbo", "cooki",
                "(c", "copyrigh", "The council signed up six new members.", "insignia", "colleagues",
                "A long paragraph about the city council, its budget and the river, with no furniture at all.");
        for (String t : texts) {
            assertEquals(expected(t), ArticleCleaner.gateWords(t), t);
        }
        // Random texts built from pieces of the words, in random case.
        String[] pieces = {"sign", " up", "sub", "scribe", "news", "letter", "in", "box", "coo", "kie", "(", "c", ")",
            "copy", "right", "all ", "rights ", "reserved", "\u00a9", " ", "x", "s", "n", "a", "l"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                String p = pieces[random.nextInt(pieces.length)];
                b.append(random.nextBoolean() ? p : p.toUpperCase(Locale.ROOT));
            }
            String t = b.toString();
            assertEquals(expected(t), ArticleCleaner.gateWords(t), t);
        }
    }
}
