package dev.lede.extract;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Finds the article in a page. Basic version: the {@code article}/{@code main} element. */
public final class Extractor {
    private static final Safelist TAGS = Safelist.relaxed();

    public ExtractedArticle extract(Page page) {
        try {
            Charset charset = page.charset() != null && Charset.isSupported(page.charset())
                    ? Charset.forName(page.charset()) : StandardCharsets.UTF_8;
            Document doc = Jsoup.parse(new String(page.body(), charset), page.url());
            doc.select("script, style, nav, header, footer, aside, form, noscript").remove();
            Element root = doc.selectFirst("article");
            if (root == null) {
                root = doc.selectFirst("main");
            }
            if (root == null) {
                root = doc.body();
            }
            Document clean = new Cleaner(TAGS).clean(Document.createShell(page.url()));
            clean.body().append(root.html());
            clean = new Cleaner(TAGS).clean(clean);
            String title = doc.title().isBlank() ? null : doc.title().strip();
            Element canonical = doc.selectFirst("link[rel=canonical]");
            String canonicalUrl = canonical == null ? null : canonical.absUrl("href");
            return new ExtractedArticle(title, null, null, null, null, canonicalUrl, null, null,
                    clean.body().html(), clean.body().wholeText().strip());
        } catch (RuntimeException e) {
            return new ExtractedArticle(null, null, null, null, null, null, null, null, "", "");
        }
    }
}
