package dev.lede.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Karakeep's (formerly Hoarder's) JSON export: {@code {"bookmarks": [{"createdAt", "title",
 * "tags", "content": {"type": "link", "url"} or {"type": "text", "text"}, "note", "archived",
 * "favourited"}]}}. Link bookmarks are fetched; text notes have no URL and are skipped.
 */
final class KarakeepJson {
    private KarakeepJson() {
    }

    static boolean accepts(Object json) {
        return json instanceof Map<?, ?> m && m.get("bookmarks") instanceof List<?>;
    }

    @SuppressWarnings("unchecked")
    static List<ImportedArticle> read(Object json) {
        List<ImportedArticle> out = new ArrayList<>();
        for (Object item : (List<Object>) ((Map<String, Object>) json).get("bookmarks")) {
            if (!(item instanceof Map<?, ?> raw)) {
                continue;
            }
            Map<String, Object> m = (Map<String, Object>) raw;
            Object content = m.get("content");
            String url = content instanceof Map<?, ?> c && c.get("url") != null ? c.get("url").toString()
                    : Values.string(m, "url");
            if (url == null) {
                continue;
            }
            boolean favourite = Values.flag(m.get("favourited")) || Values.flag(m.get("favorited"));
            out.add(new ImportedArticle(url, Values.string(m, "title"), Values.time(m.get("createdAt")),
                    Values.tags(m.get("tags"), ","), Values.flag(m.get("archived")), favourite, null, false, null, null,
                    null, Values.string(m, "note"), List.of()));
        }
        return out;
    }
}
