package dev.lede.extract;

import dev.lede.model.ControlText;
import dev.lede.model.ExtractedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns a plain-text (or Markdown-ish) article into an article: the first non-empty line is
 * the title, a body line repeating the title is dropped, web boilerplate lines are dropped,
 * paragraphs are kept, bullet and numbered lines become lists and short title-case lines
 * become headings.
 */
public final class PlainTextArticle {
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+\u2022\u25aa\u25e6\u2023]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final int HEADING_MAX_WORDS = 10;

    private PlainTextArticle() {
    }

    /**
     * Decodes and cleans a text file: the given charset when known, else UTF-8 (BOM or
     * valid), else windows-1252, the usual encoding of older saved text.
     */
    public static ExtractedArticle parse(byte[] bytes, String charset) {
        return parse(Charsets.decode(bytes, charset));
    }

    /** Cleans {@code text}; the result is empty when the text holds no words. */
    public static ExtractedArticle parse(String text) {
        // As HTML text is: no escape sequences or controls; CR LF and CR become LF, BOMs go.
        String normalized = ControlText.strip(text, true);
        List<String> lines = new ArrayList<>(List.of(normalized.split("\n", -1)));
        String title = null;
        while (!lines.isEmpty() && title == null) {
            String first = lines.remove(0).strip();
            if (!first.isEmpty()) {
                Matcher heading = MD_HEADING.matcher(first);
                title = heading.matches() ? heading.group(1) : first;
            }
        }
        if (title == null) {
            return new ExtractedArticle(null, null, null, null, null, null, null, null, "", "");
        }
        String titleKey = Boilerplate.titleKey(title);

        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            boolean drop = line.isEmpty()
                    || Boilerplate.isBoilerplate(line)
                    || (!titleKey.isEmpty() && Boilerplate.titleKey(stripMarkdownHeading(line)).equals(titleKey));
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            Matcher heading = MD_HEADING.matcher(line);
            if (drop || bullet.matches() || numbered.matches() || heading.matches()) {
                flush(paragraph, blocks);
            }
            if (drop) {
                continue;
            }
            if (heading.matches()) {
                blocks.add(new Block(Kind.HEADING, heading.group(1)));
            } else if (bullet.matches()) {
                blocks.add(new Block(Kind.BULLET, bullet.group(1)));
            } else if (numbered.matches()) {
                blocks.add(new Block(Kind.NUMBERED, numbered.group(1)));
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks);
        return render(title, blocks);
    }

    private static String stripMarkdownHeading(String line) {
        Matcher heading = MD_HEADING.matcher(line);
        return heading.matches() ? heading.group(1) : line;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() == 0) {
            return;
        }
        String text = paragraph.toString();
        paragraph.setLength(0);
        blocks.add(new Block(looksLikeHeading(text) ? Kind.HEADING : Kind.PARAGRAPH, text));
    }

    /** A short line standing alone, without sentence punctuation, with most words capitalized. */
    static boolean looksLikeHeading(String line) {
        String[] words = line.split("\\s+");
        if (words.length > HEADING_MAX_WORDS || line.length() > 80) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".,;!?\"'\u201d\u2019)".indexOf(last) >= 0) {
            return false;
        }
        int capitalized = 0;
        int counted = 0;
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalized++;
            } else if (word.length() <= 4) {
                capitalized++; // small words ("of", "and", "the") in title case stay lower
            }
        }
        return counted > 0 && Character.isUpperCase(firstLetter(line)) && capitalized == counted;
    }

    private static int firstLetter(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Character.isLetter(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return 'a';
    }

    private static ExtractedArticle render(String title, List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        Kind openList = null;
        Kind previous = null;
        for (Block block : blocks) {
            boolean listItem = block.kind == Kind.BULLET || block.kind == Kind.NUMBERED;
            if (openList != null && openList != block.kind) {
                html.append(openList == Kind.BULLET ? "</ul>" : "</ol>");
                openList = null;
            }
            if (listItem && openList == null) {
                html.append(block.kind == Kind.BULLET ? "<ul>" : "<ol>");
                openList = block.kind;
            }
            String escaped = Entities.escape(block.text);
            switch (block.kind) {
                case HEADING -> html.append("<h2>").append(escaped).append("</h2>");
                case PARAGRAPH -> html.append("<p>").append(escaped).append("</p>");
                case BULLET, NUMBERED -> html.append("<li>").append(escaped).append("</li>");
            }
            if (text.length() > 0) {
                text.append(listItem && block.kind == previous ? "\n" : "\n\n");
            }
            text.append(block.text);
            previous = block.kind;
        }
        if (openList != null) {
            html.append(openList == Kind.BULLET ? "</ul>" : "</ol>");
        }
        return new ExtractedArticle(title, null, null, null, null, null, null, null,
                html.toString(), text.toString());
    }

    private enum Kind { HEADING, PARAGRAPH, BULLET, NUMBERED }

    private record Block(Kind kind, String text) {
    }
}
