package dev.lede.interop;

import dev.lede.model.WebLinks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * newsboat's {@code urls} file: one feed a line, {@code URL tag "tag two" "~Custom title"},
 * {@code #} comments and blank lines ignored. {@code query:}, {@code exec:} and
 * {@code filter:} lines (virtual or generated feeds) and the {@code !} (hidden) marker have
 * no Lede equivalent and are skipped.
 */
public final class NewsboatUrls {
    private NewsboatUrls() {
    }

    /** True when every meaningful line starts with a URL or a newsboat feed kind. */
    public static boolean looksLikeUrls(byte[] bytes) {
        boolean any = false;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String first = l.startsWith("\"") ? l.substring(1) : l;
            if (!first.matches("(?i)(https?://|query:|exec:|filter:|file://).*")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    public static List<FeedEntry> read(byte[] bytes) {
        List<FeedEntry> entries = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            List<String> tokens = tokens(line.strip());
            if (tokens.isEmpty() || tokens.get(0).startsWith("#")) {
                continue;
            }
            String url = WebLinks.fetchable(tokens.get(0));
            if (url == null) {
                continue; // query:, exec:, filter: feeds are newsboat's own
            }
            String title = null;
            List<String> tags = new ArrayList<>();
            for (String token : tokens.subList(1, tokens.size())) {
                if (token.startsWith("#")) {
                    break; // a comment after the tags
                }
                if (token.startsWith("~")) {
                    title = token.substring(1).strip();
                } else if (!token.equals("!") && !token.isBlank()) {
                    tags.add(token);
                }
            }
            entries.add(new FeedEntry(url, title == null || title.isEmpty() ? null : title, null, tags));
        }
        return entries;
    }

    /** Splits on spaces, keeping double-quoted runs together (quotes removed, \" kept). */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quoted && i + 1 < line.length()) {
                token.append(line.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any || token.length() > 0) {
                    tokens.add(token.toString());
                }
                token.setLength(0);
                any = false;
            } else {
                token.append(c);
            }
        }
        if (any || token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
