package dev.lede.interop;

import dev.lede.model.Highlight;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown note with YAML front matter naming its {@code url}, as {@code lede export
 * --format markdown} writes them (and Obsidian's web clipper, much alike): title, url, author,
 * published, saved, tags, bookmarked and read from the front matter, the body through
 * CommonMark, and the quotes under a closing {@code ## Highlights} heading as highlights.
 */
final class MarkdownNote {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^([A-Za-z_]+):[ \\t]*(.*?)[ \\t]*$");
    private static final String HIGHLIGHTS = "\n## Highlights\n";

    private MarkdownNote() {
    }

    static boolean accepts(String head) {
        Matcher m = FRONT_MATTER.matcher(head);
        return m.find() && fields(m.group(1)).getOrDefault("url", "").matches("(?i)https?://.+");
    }

    static List<ImportedArticle> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            throw new ImportException("no front matter");
        }
        Map<String, String> f = fields(m.group(1));
        String body = text.substring(m.end());
        List<Highlight> highlights = List.of();
        int at = body.lastIndexOf(HIGHLIGHTS);
        if (at >= 0) {
            highlights = OmnivoreZip.highlights(body.substring(at + HIGHLIGHTS.length()), Values.time(f.get("saved")));
            body = body.substring(0, at);
        }
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(body));
        return List.of(new ImportedArticle(f.get("url"), f.get("title"), Values.time(f.get("saved")),
                Values.tags(f.get("tags"), ","), Values.flag(f.get("read")), Values.flag(f.get("bookmarked")),
                html, false, null, f.get("author"), f.get("published"), null, highlights));
    }

    /** The front matter's {@code key: value} lines, values unquoted. */
    private static Map<String, String> fields(String yaml) {
        Map<String, String> out = new HashMap<>();
        Matcher m = FIELD.matcher(yaml);
        while (m.find()) {
            String value = m.group(2);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = unescape(value.substring(1, value.length() - 1));
            } else if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                value = value.substring(1, value.length() - 1).replace("''", "'");
            }
            out.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'x' -> {
                    if (i + 2 < s.length()) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
