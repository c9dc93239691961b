package dev.lede.interop;

import dev.lede.model.Highlight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wallabag's JSON export: an array of entries with {@code url, title, content, is_archived,
 * is_starred, tags, created_at, published_at, published_by} and {@code annotations}
 * ({@code quote, text, created_at}). The content is the article: it is not fetched.
 */
final class WallabagJson {
    private WallabagJson() {
    }

    static boolean accepts(Object json) {
        return json instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> m
                && m.containsKey("url") && (m.containsKey("is_archived") || m.containsKey("is_starred"));
    }

    @SuppressWarnings("unchecked")
    static List<ImportedArticle> read(Object json) {
        List<ImportedArticle> out = new ArrayList<>();
        for (Object item : (List<Object>) json) {
            if (!(item instanceof Map<?, ?> raw)) {
                continue;
            }
            Map<String, Object> m = (Map<String, Object>) raw;
            String url = Values.string(m, "url");
            if (url == null) {
                continue;
            }
            List<Highlight> highlights = new ArrayList<>();
            if (m.get("annotations") instanceof List<?> annotations) {
                for (Object a : annotations) {
                    if (a instanceof Map<?, ?> am && am.get("quote") != null) {
                        Instant created = Values.time(am.get("created_at"));
                        Object note = am.get("text");
                        highlights.add(new Highlight(am.get("quote").toString(), note == null ? null : note.toString(),
                                -1, created == null ? Instant.EPOCH : created));
                    }
                }
            }
            Object author = m.get("published_by");
            String byline = author instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                    : author == null ? null : author.toString();
            out.add(new ImportedArticle(url, Values.string(m, "title"), Values.time(m.get("created_at")),
                    Values.tags(m.get("tags"), ","), Values.flag(m.get("is_archived")), Values.flag(m.get("is_starred")),
                    Values.string(m, "content"), false, null, byline, Values.string(m, "published_at"), null,
                    highlights));
        }
        return out;
    }
}
