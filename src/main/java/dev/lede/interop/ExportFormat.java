package dev.lede.interop;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The formats {@code lede import} reads, found by content (not by file name), and the readers
 * of those that are lists of articles. Saved pages ({@code html}, {@code text}), newsboat's
 * cache and OPML are read elsewhere: this class only names them.
 */
public enum ExportFormat {
    POCKET, INSTAPAPER, OMNIVORE, WALLABAG, RAINDROP, READWISE, KARAKEEP, NETSCAPE, NEWSBOAT, OPML, LEDE, MARKDOWN, HTML,
    TEXT;

    /** What detection tries, for the error of a file that matches none. */
    public static final String TRIED = "Pocket (zip, CSV, HTML), Instapaper CSV, Omnivore zip, Wallabag JSON, "
            + "Raindrop CSV, Readwise CSV, Karakeep JSON, Netscape bookmarks, newsboat cache.db, OPML, "
            + "Lede export (JSON lines or Markdown notes), HTML page, text or Markdown";

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The name {@code --format} takes. */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named by {@code --format}, or null. */
    public static ExportFormat named(String name) {
        for (ExportFormat f : values()) {
            if (f.flag().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /** Every {@code --format} name, for help and errors. */
    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ExportFormat::flag).toList());
    }

    /**
     * The format of a file from its content ({@code fileName} only breaks ties between a page
     * and plain text), or null when it is none of them. {@code bytes} may be only the start of
     * the file (a zip must be whole: its directory is at the end).
     */
    public static ExportFormat detect(String fileName, byte[] bytes) {
        if (Zip.isZip(bytes)) {
            Map<String, byte[]> entries = Zip.entries(bytes);
            if (OmnivoreZip.accepts(entries)) {
                return OMNIVORE;
            }
            return PocketExport.isZip(entries) ? POCKET : null;
        }
        if (startsWith(bytes, SQLITE)) {
            return NEWSBOAT; // checked for newsboat's tables when read
        }
        String head = head(bytes);
        String trimmed = head.stripLeading();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (NetscapeBookmarks.accepts(head)) {
            return NETSCAPE;
        }
        if (PocketExport.isHtml(head)) {
            return POCKET;
        }
        if (lower.startsWith("<?xml") && lower.contains("<opml") || lower.startsWith("<opml")) {
            return OPML;
        }
        if (MarkdownNote.accepts(head)) {
            return MARKDOWN;
        }
        if (LedeJsonLines.accepts(trimmed.lines().findFirst().orElse(""))) {
            return LEDE;
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            // Only the start of a large export is at hand here: its shape is told by its first keys.
            String compact = head.replaceAll("\\s+", "");
            if (compact.startsWith("[{") && compact.contains("\"url\":")
                    && (compact.contains("\"is_archived\":") || compact.contains("\"is_starred\":"))) {
                return WALLABAG;
            }
            if (compact.startsWith("{\"bookmarks\":[")) {
                return KARAKEEP;
            }
            Object json = json(bytes);
            if (WallabagJson.accepts(json)) {
                return WALLABAG;
            }
            if (KarakeepJson.accepts(json)) {
                return KARAKEEP;
            }
        }
        // A page is no spreadsheet: splitting a one-line page of 8 KB at every comma was most of
        // what telling 3,000 saved pages apart cost before a bulk import could start.
        List<String> header = trimmed.startsWith("<") ? List.of() : Csv.header(head);
        if (header.size() >= 3) {
            if (PocketExport.isCsv(header)) {
                return POCKET;
            }
            if (ReadwiseCsv.accepts(header)) {
                return READWISE;
            }
            if (RaindropCsv.accepts(header)) {
                return RAINDROP;
            }
            if (InstapaperCsv.accepts(header)) {
                return INSTAPAPER;
            }
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || name.matches(".*\\.(x?html?)$")) {
            return HTML;
        }
        if (name.matches(".*\\.(txt|text|md|markdown)$")) {
            return TEXT;
        }
        return null;
    }

    /**
     * The format of an unpacked export folder, from its files by their paths in it: Omnivore's
     * ({@code metadata_*_to_*.json} beside {@code content/} and {@code highlights/}) or Pocket's
     * ({@code part_*.csv}, {@code annotations/}); null for any other folder.
     */
    public static ExportFormat detectFolder(java.util.Set<String> paths) {
        if (paths.stream().anyMatch(p -> !p.contains("/") && p.matches("metadata_\\d+_to_\\d+\\.json"))) {
            return OMNIVORE;
        }
        if (paths.stream().anyMatch(p -> !p.contains("/") && p.matches("part_\\d+\\.csv"))
                && paths.stream().anyMatch(p -> p.startsWith("annotations/"))) {
            return POCKET;
        }
        return null;
    }

    /** The articles of an unpacked export folder, its files by their paths in it (see {@link #detectFolder}). */
    public List<ImportedArticle> readFolder(Map<String, byte[]> files) {
        return switch (this) {
            case OMNIVORE -> OmnivoreZip.read(files);
            case POCKET -> PocketExport.readZip(files);
            default -> throw new IllegalStateException(flag() + " is not a folder export");
        };
    }

    /** The articles of an export in this format; an unreadable one is an {@link ImportException}. */
    public List<ImportedArticle> read(byte[] bytes) {
        String head = head(bytes);
        return switch (this) {
            case POCKET -> Zip.isZip(bytes) ? PocketExport.readZip(Zip.entries(bytes))
                    : PocketExport.isHtml(head) ? PocketExport.readHtml(bytes) : PocketExport.readCsv(bytes);
            case INSTAPAPER -> InstapaperCsv.read(bytes);
            case OMNIVORE -> OmnivoreZip.read(Zip.entries(bytes));
            case WALLABAG -> WallabagJson.read(requireJson(bytes));
            case RAINDROP -> RaindropCsv.read(bytes);
            case READWISE -> ReadwiseCsv.read(bytes);
            case KARAKEEP -> KarakeepJson.read(requireJson(bytes));
            case NETSCAPE -> NetscapeBookmarks.read(bytes);
            case LEDE -> LedeJsonLines.read(bytes);
            case MARKDOWN -> MarkdownNote.read(bytes);
            default -> throw new IllegalStateException(flag() + " is not a list of articles");
        };
    }

    private static Object requireJson(byte[] bytes) {
        Object json = json(bytes);
        if (json == null) {
            throw new ImportException("not valid JSON");
        }
        return json;
    }

    private static Object json(byte[] bytes) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return JSON.std.anyFrom(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String head(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
