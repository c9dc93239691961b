package dev.lede.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Instapaper's CSV: {@code URL,Title,Selection,Folder,Timestamp[,Tags]}. Folder Archive means
 * read, Starred bookmarked, Unread nothing; any other folder becomes a tag.
 */
final class InstapaperCsv {
    private InstapaperCsv() {
    }

    static boolean accepts(List<String> header) {
        return header.contains("url") && header.contains("folder") && header.contains("timestamp");
    }

    static List<ImportedArticle> read(byte[] bytes) {
        List<ImportedArticle> out = new ArrayList<>();
        for (Map<String, String> row : Csv.rows(bytes)) {
            String url = Values.string(row, "url");
            if (url == null) {
                continue;
            }
            String folder = Values.string(row, "folder");
            String f = folder == null ? "" : folder.toLowerCase(Locale.ROOT);
            List<String> tags = new ArrayList<>(Values.tags(row.get("tags"), ","));
            boolean special = f.isEmpty() || f.equals("unread") || f.equals("archive") || f.equals("starred");
            if (!special) {
                tags.add(folder);
            }
            String selection = Values.string(row, "selection");
            out.add(new ImportedArticle(url, row.get("title"), Values.time(row.get("timestamp")), tags,
                    f.equals("archive"), f.equals("starred"), null, false, null, null, null, selection, List.of()));
        }
        return out;
    }
}
