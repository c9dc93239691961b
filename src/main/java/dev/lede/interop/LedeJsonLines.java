package dev.lede.interop;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.lede.model.Highlight;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lede's own {@code lede export} output: one JSON object a line with the {@code list --json}
 * fields plus {@code html}, {@code text} and {@code highlights}. Restored as it was, without
 * extracting or fetching again.
 */
final class LedeJsonLines {
    private LedeJsonLines() {
    }

    static boolean accepts(String head) {
        String first = head.strip();
        return first.startsWith("{") && first.contains("\"url\"") && first.contains("\"saved\"")
                && first.contains("\"bookmarked\"") && (first.contains("\"html\"") || first.contains("\"words\""));
    }

    @SuppressWarnings("unchecked")
    static List<ImportedArticle> read(byte[] bytes) {
        List<ImportedArticle> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m;
                try {
                    m = JSON.std.mapFrom(line);
                } catch (IOException e) {
                    throw new ImportException("line " + n + " of the Lede export is not JSON: " + e.getMessage(), e);
                }
                String url = Values.string(m, "url");
                if (url == null) {
                    continue;
                }
                List<Highlight> highlights = new ArrayList<>();
                if (m.get("highlights") instanceof List<?> hs) {
                    for (Object h : hs) {
                        if (h instanceof Map<?, ?> hm && hm.get("quote") != null) {
                            Instant created = Values.time(hm.get("created"));
                            Object note = hm.get("note");
                            Object position = hm.get("position");
                            highlights.add(new Highlight(hm.get("quote").toString(), note == null ? null : note.toString(),
                                    position instanceof Number p ? p.intValue() : -1,
                                    created == null ? Instant.EPOCH : created));
                        }
                    }
                }
                Object html = m.get("html");
                out.add(new ImportedArticle(url, Values.string(m, "title"), Values.time(m.get("saved")),
                        Values.tags(m.get("tags"), ","), Values.flag(m.get("read")), Values.flag(m.get("bookmarked")),
                        html == null ? null : html.toString(), true, m.get("text") == null ? null : m.get("text").toString(),
                        Values.string(m, "author"), Values.string(m, "published"), Values.string(m, "excerpt"),
                        highlights));
            }
        } catch (IOException e) {
            throw new ImportException("cannot read the Lede export: " + e.getMessage(), e);
        }
        // 'lede export' writes newest first: restored oldest first, the ids keep their order.
        java.util.Collections.reverse(out);
        return out;
    }
}
