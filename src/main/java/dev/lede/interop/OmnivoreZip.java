package dev.lede.interop;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.lede.model.Highlight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Omnivore's export zip: {@code metadata_*_to_*.json} (arrays of {@code slug, title, author,
 * url, state, labels, savedAt, publishedAt, description}), the article of each slug in
 * {@code content/SLUG.html} and its highlights in {@code highlights/SLUG.md} ({@code > quote}
 * lines, each followed by its note).
 */
final class OmnivoreZip {
    private OmnivoreZip() {
    }

    static boolean accepts(Map<String, byte[]> entries) {
        return entries.keySet().stream().anyMatch(p -> Zip.baseName(p).matches("metadata_\\d+_to_\\d+\\.json"));
    }

    @SuppressWarnings("unchecked")
    static List<ImportedArticle> read(Map<String, byte[]> entries) {
        List<ImportedArticle> out = new ArrayList<>();
        List<String> metadata = entries.keySet().stream()
                .filter(p -> Zip.baseName(p).matches("metadata_\\d+_to_\\d+\\.json"))
                .sorted((a, b) -> Long.compare(firstIndex(a), firstIndex(b))).toList();
        for (String path : metadata) {
            List<Object> items;
            try {
                items = JSON.std.listFrom(new String(entries.get(path), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ImportException("unreadable Omnivore metadata " + path + ": " + e.getMessage(), e);
            }
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            for (Object item : items) {
                if (!(item instanceof Map<?, ?> raw)) {
                    continue;
                }
                Map<String, Object> m = (Map<String, Object>) raw;
                String url = Values.string(m, "url");
                if (url == null) {
                    continue;
                }
                String slug = Values.string(m, "slug");
                byte[] content = slug == null ? null : entries.get(folder + "content/" + slug + ".html");
                byte[] notes = slug == null ? null : entries.get(folder + "highlights/" + slug + ".md");
                String state = Values.string(m, "state");
                if (state != null && state.toLowerCase(Locale.ROOT).equals("deleted")) {
                    continue;
                }
                boolean archived = Values.flag(m.get("isArchived")) || Values.time(m.get("archivedAt")) != null
                        || (state != null && state.toLowerCase(Locale.ROOT).equals("archived"));
                Instant saved = Values.time(m.get("savedAt"));
                List<String> labels = Values.tags(m.get("labels"), ",");
                boolean favourite = labels.stream().anyMatch(l -> l.equalsIgnoreCase("favorites") || l.equalsIgnoreCase("favorite"));
                out.add(new ImportedArticle(url, Values.string(m, "title"), saved, labels, archived, favourite,
                        content == null ? null : new String(content, StandardCharsets.UTF_8), false, null,
                        Values.string(m, "author"), Values.string(m, "publishedAt"), Values.string(m, "description"),
                        notes == null ? List.of() : highlights(new String(notes, StandardCharsets.UTF_8), saved)));
            }
        }
        return out;
    }

    private static long firstIndex(String path) {
        String digits = Zip.baseName(path).replaceAll("^metadata_(\\d+)_to_.*$", "$1");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** {@code > quote [⤴️](link)} blocks; the lines after one, up to the next quote, are its note. */
    static List<Highlight> highlights(String markdown, Instant saved) {
        List<Highlight> out = new ArrayList<>();
        Instant when = saved == null ? Instant.EPOCH : saved;
        StringBuilder quote = null;
        StringBuilder note = new StringBuilder();
        boolean inQuote = false;
        for (String line : markdown.split("\\R")) {
            if (line.startsWith(">")) {
                if (!inQuote) {
                    if (quote != null) {
                        out.add(new Highlight(quote.toString().strip(), note.toString().strip(), -1, when));
                    }
                    quote = new StringBuilder();
                    note.setLength(0);
                }
                inQuote = true;
                String part = line.substring(1).strip().replaceAll("\\s*\\[⤴️?]\\([^)]*\\)\\s*$", "");
                quote.append(quote.length() > 0 ? " " : "").append(part);
            } else {
                inQuote = false;
                if (quote != null && !line.isBlank()) {
                    note.append(note.length() > 0 ? "\n" : "").append(line.strip());
                }
            }
        }
        if (quote != null) {
            out.add(new Highlight(quote.toString().strip(), note.toString().strip(), -1, when));
        }
        out.removeIf(h -> h.quote().isBlank());
        return out;
    }
}
