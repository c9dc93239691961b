package dev.lede.interop;

import dev.lede.model.Highlight;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pocket's exports: the zip of {@code part_*.csv} files (with {@code annotations/part_*.json}
 * highlights in later ones), a bare CSV ({@code title,url,time_added,cursor,tags,status}; tags
 * {@code |}-separated; status unread or archive), and the older {@code ril_export.html}
 * (Unread and Read Archive lists of links with {@code time_added} and {@code tags}).
 */
final class PocketExport {
    private PocketExport() {
    }

    static boolean isCsv(List<String> header) {
        return header.contains("url") && header.contains("time_added") && header.contains("status");
    }

    static boolean isZip(Map<String, byte[]> entries) {
        return entries.keySet().stream().anyMatch(p -> Zip.baseName(p).matches("part_\\d+\\.csv"));
    }

    static boolean isHtml(String head) {
        return head.contains("<title>Pocket Export</title>")
                || (head.contains("time_added=") && head.contains("<h1>Unread</h1>"));
    }

    static List<ImportedArticle> readCsv(byte[] bytes) {
        List<ImportedArticle> out = new ArrayList<>();
        for (Map<String, String> row : Csv.rows(bytes)) {
            String url = Values.string(row, "url");
            if (url == null) {
                continue;
            }
            out.add(ImportedArticle.link(url, row.get("title"), Values.time(row.get("time_added")),
                    Values.tags(row.get("tags"), "|"), "archive".equalsIgnoreCase(Values.string(row, "status")),
                    Values.flag(row.get("favorite"))));
        }
        return out;
    }

    static List<ImportedArticle> readZip(Map<String, byte[]> entries) {
        Map<String, List<Highlight>> highlights = new HashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith("annotations/") && e.getKey().endsWith(".json")) {
                readAnnotations(e.getValue(), highlights);
            }
        }
        List<ImportedArticle> out = new ArrayList<>();
        entries.entrySet().stream()
                .filter(e -> Zip.baseName(e.getKey()).matches("part_\\d+\\.csv"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    for (ImportedArticle a : readCsv(e.getValue())) {
                        List<Highlight> h = highlights.get(a.url());
                        out.add(h == null ? a : a.withHighlights(h));
                    }
                });
        return out;
    }

    /** {@code [{"url", "title", "highlights": [{"quote", "created_at"}]}]}. */
    private static void readAnnotations(byte[] bytes, Map<String, List<Highlight>> into) {
        try {
            for (Object item : JSON.std.listFrom(new String(bytes, StandardCharsets.UTF_8))) {
                if (item instanceof Map<?, ?> m && m.get("url") != null && m.get("highlights") instanceof List<?> hs) {
                    for (Object h : hs) {
                        if (h instanceof Map<?, ?> hm && hm.get("quote") != null) {
                            Instant created = Values.time(hm.get("created_at"));
                            into.computeIfAbsent(m.get("url").toString().strip(), k -> new ArrayList<>())
                                    .add(new Highlight(hm.get("quote").toString(), null, -1,
                                            created == null ? Instant.EPOCH : created));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportException("unreadable Pocket annotations: " + e.getMessage(), e);
        }
    }

    static List<ImportedArticle> readHtml(byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        List<ImportedArticle> out = new ArrayList<>();
        boolean read = false;
        for (Element e : doc.body().select("h1, a[href]")) {
            if (e.tagName().equals("h1")) {
                read = e.text().toLowerCase(java.util.Locale.ROOT).contains("archive");
                continue;
            }
            out.add(ImportedArticle.link(e.attr("href"), e.text(), Values.time(e.attr("time_added")),
                    Values.tags(e.attr("tags"), ","), read, false));
        }
        return out;
    }
}
