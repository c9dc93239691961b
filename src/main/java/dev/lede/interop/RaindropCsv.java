package dev.lede.interop;

import dev.lede.model.Highlight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Raindrop.io's CSV: {@code id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite}.
 * Tags are comma-separated, the folder becomes a tag (not "Unsorted"), favorite means bookmarked;
 * highlights are {@code Highlight:} lines, each optionally followed by a {@code Note:} line.
 */
final class RaindropCsv {
    private RaindropCsv() {
    }

    static boolean accepts(List<String> header) {
        return header.contains("url") && header.contains("folder") && header.contains("created")
                && (header.contains("favorite") || header.contains("cover") || header.contains("excerpt"));
    }

    static List<ImportedArticle> read(byte[] bytes) {
        List<ImportedArticle> out = new ArrayList<>();
        for (Map<String, String> row : Csv.rows(bytes)) {
            String url = Values.string(row, "url");
            if (url == null) {
                continue;
            }
            List<String> tags = new ArrayList<>(Values.tags(row.get("tags"), ","));
            String folder = Values.string(row, "folder");
            if (folder != null && !folder.equalsIgnoreCase("unsorted")) {
                tags.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
            Instant created = Values.time(row.get("created"));
            out.add(new ImportedArticle(url, row.get("title"), created, tags, false, Values.flag(row.get("favorite")),
                    null, false, null, null, null, Values.string(row, "excerpt"),
                    highlights(row.get("highlights"), created)));
        }
        return out;
    }

    static List<Highlight> highlights(String cell, Instant created) {
        List<Highlight> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        Instant when = created == null ? Instant.EPOCH : created;
        String quote = null;
        String note = null;
        for (String line : cell.split("\\R")) {
            String l = line.strip();
            if (l.regionMatches(true, 0, "Highlight:", 0, 10)) {
                if (quote != null) {
                    out.add(new Highlight(quote, note, -1, when));
                }
                quote = l.substring(10).strip();
                note = null;
            } else if (l.regionMatches(true, 0, "Note:", 0, 5) && quote != null) {
                note = l.substring(5).strip();
            } else if (!l.isEmpty() && quote != null) {
                quote = quote + " " + l;
            }
        }
        if (quote != null) {
            out.add(new Highlight(quote, note, -1, when));
        }
        return out;
    }
}
