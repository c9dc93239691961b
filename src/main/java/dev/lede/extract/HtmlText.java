package dev.lede.extract;

import dev.lede.model.Words;
import org.jsoup.Jsoup;

/** Small HTML helpers for the packages that save articles, so that Jsoup stays in this one. */
public final class HtmlText {
    private HtmlText() {
    }

    /** {@code text} with {@code & < >} escaped, to put into HTML as text. */
    public static String escape(String text) {
        return HtmlOutput.escape(text, false);
    }

    /** The number of words of the text {@code html} shows. */
    public static int wordCount(String html) {
        return Words.count(text(html));
    }

    /** The text {@code html} shows, every character reference read, blanks made single spaces. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
