package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded fuzzing: random bytes and mutated fixture pages must give a result, quickly, never an exception. */
class ExtractorFuzzTest {
    private static final List<String> FIXTURES = List.of(
            "wordpress-post.html", "split-article.html", "jsonld.html", "promos.html", "tables-code.html",
            "no-article.html");
    private static final String[] SNIPPETS = {
        "<", ">", "</div>", "<div>", "<p>", "<table>", "<td>", "<script>", "</script>", "<!--", "-->", "&",
        "&#xD800;", "\u0000", "\u001B[31m", "<svg><math>", "<![CDATA[", "\"", "'", "<meta charset=shift_jis>",
        "<meta charset=utf-16>", "{\"@type\":", "<script type=application/ld+json>{", "<br><br>", "<pre>",
        "<a href='javascript:x'>", "<img src=data:,>", "<template>", "<frameset>", "\uFFFD", "é", "\uD83D\uDE00"};

    private final Extractor extractor = new Extractor();

    @Test
    void randomBytesNeverBreakTheExtractor() {
        Random random = new Random(20250302);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            check(bytes, random.nextBoolean() ? null : "utf-8");
        }
    }

    @Test
    void mutatedFixturePagesNeverBreakTheExtractor() {
        Random random = new Random(42);
        for (int i = 0; i < 600; i++) {
            String page = new String(ExtractorTest.fixture(FIXTURES.get(random.nextInt(FIXTURES.size()))),
                    StandardCharsets.UTF_8);
            StringBuilder mutated = new StringBuilder(page);
            int edits = 1 + random.nextInt(30);
            for (int e = 0; e < edits && mutated.length() > 0; e++) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(4)) {
                    case 0 -> mutated.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                    case 1 -> mutated.delete(at, Math.min(mutated.length(), at + random.nextInt(200)));
                    case 2 -> mutated.setLength(at);
                    default -> {
                        int from = random.nextInt(mutated.length());
                        int to = Math.min(mutated.length(), from + random.nextInt(500));
                        mutated.insert(at, mutated.substring(from, to));
                    }
                }
            }
            byte[] bytes = mutated.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
            check(bytes, random.nextInt(5) == 0 ? "windows-1252" : null);
        }
    }

    private void check(byte[] bytes, String charset) {
        long start = System.nanoTime();
        ExtractedArticle a = extractor.extract(new Page(bytes, "https://fuzz.example.org/page", null, charset));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNotNull(a);
        assertNotNull(a.text());
        assertTrue(millis < 2_000, "took " + millis + " ms");
        assertTrue(a.text().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "control characters in text");
    }
}
