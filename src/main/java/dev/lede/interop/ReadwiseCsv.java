package dev.lede.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readwise Reader's CSV: {@code Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen}.
 * Tags come as a Python-style list; location archive means read.
 */
final class ReadwiseCsv {
    private ReadwiseCsv() {
    }

    static boolean accepts(List<String> header) {
        return header.contains("url") && header.contains("saved date") && header.contains("location");
    }

    static List<ImportedArticle> read(byte[] bytes) {
        List<ImportedArticle> out = new ArrayList<>();
        for (Map<String, String> row : Csv.rows(bytes)) {
            String url = Values.string(row, "url");
            if (url == null) {
                continue;
            }
            String location = Values.string(row, "location");
            boolean read = location != null && location.toLowerCase(Locale.ROOT).equals("archive");
            out.add(ImportedArticle.link(url, row.get("title"), Values.time(row.get("saved date")),
                    Values.tags(row.get("document tags"), ","), read, false));
        }
        return out;
    }
}
