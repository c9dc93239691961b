package dev.lede.extract;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.time.Duration;
import java.util.Arrays;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from a page: decodes the bytes, reads the metadata, finds the main
 * content, cleans it and returns it as small-tag-set HTML plus plain text.
 *
 * <p>Stateless and thread-safe. A page without an article (or one that cannot be read) gives
 * a result whose {@link ExtractedArticle#isEmpty()} is true. Every step is linear in the page,
 * and a time budget bounds the whole: a page that runs over it fails with
 * {@link PageTooComplexException}, the one exception {@link #extract} throws.
 */
public final class Extractor {
    /** Bytes read from a page at most; articles sit near the top, and the cap bounds time and memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Elements nest at most this deep in the parsed tree, bounding every walk over it. */
    static final int MAX_DEPTH = 256;
    /** Text shorter than this makes the next, more lenient attempt run (Readability's threshold). */
    private static final int ENOUGH_TEXT = 500;
    private static final int EXCERPT_LENGTH = 300;
    /** The default time budget of one page; real articles take a few milliseconds. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(1);
    /** System property that sets the budget in milliseconds, for tools and slow machines. */
    public static final String BUDGET_PROPERTY = "lede.extract.budget.ms";

    /**
     * Each attempt relaxes one more rule: furniture removal, class weights, conditional
     * cleaning. Comment sections go in all of them (a short post is still the article, not the
     * long thread under it); only a page with nothing else keeps them, in a last attempt.
     */
    private static final boolean[][] ATTEMPTS = {
        {true, true, true, true}, {false, true, true, true}, {false, false, true, true}, {false, false, false, true},
        {false, false, false, false}};

    private final Duration budget;

    /** An extractor with the budget of {@link #BUDGET_PROPERTY}, else {@link #DEFAULT_BUDGET}. */
    public Extractor() {
        this(budgetFromProperty());
    }

    /** An extractor that gives each page at most {@code budget} of processor time. */
    public Extractor(Duration budget) {
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the extraction budget must be positive");
        }
        this.budget = budget;
    }

    private static Duration budgetFromProperty() {
        String value = System.getProperty(BUDGET_PROPERTY);
        if (value != null) {
            try {
                long millis = Long.parseLong(value.strip());
                if (millis > 0) {
                    return Duration.ofMillis(millis);
                }
            } catch (NumberFormatException e) {
                // fall through to the default: a bad setting must not stop saving
            }
        }
        return DEFAULT_BUDGET;
    }

    /**
     * Extracts the article of {@code page}; returns an empty article when there is none.
     *
     * @throws PageTooComplexException when the page runs over the time budget
     */
    public ExtractedArticle extract(Page page) {
        if (page == null) {
            return empty(null);
        }
        try {
            return extractOrFail(page, Deadline.after(budget));
        } catch (PageTooComplexException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort only: known causes (depth, size, charsets, bad JSON) are bounded below.
            return empty(null);
        }
    }

    private ExtractedArticle extractOrFail(Page page, Deadline deadline) {
        byte[] bytes = page.body();
        if (bytes.length > MAX_BYTES) {
            bytes = Arrays.copyOf(bytes, MAX_BYTES);
        }
        if (Charsets.looksBinary(bytes)) {
            return empty(null);
        }
        String html = Charsets.decode(bytes, page.charset());
        String url = page.url();
        Document doc = parse(html, url);
        deadline.check();
        Metadata meta = MetadataReader.read(doc);
        deadline.check();
        HtmlOutput.Result best = null;
        for (int i = 0; i < ATTEMPTS.length; i++) {
            boolean[] flags = ATTEMPTS[i];
            if (!flags[3] && best != null && !best.text().isBlank()) {
                break;
            }
            Document work = i == 0 ? doc : parse(html, url);
            deadline.check();
            Element body = work.body();
            Noise.strip(body, flags[0], flags[3], deadline);
            ContentScorer.Content content = ContentScorer.find(body, flags[1], deadline);
            if (content == null) {
                continue;
            }
            ArticleCleaner.clean(content.root(), content.stats(), meta, flags[2], flags[1], deadline);
            HtmlOutput.Result result = HtmlOutput.render(content.root(), deadline);
            if (best == null || result.text().length() > best.text().length()) {
                best = result;
            }
            if (best.text().length() >= ENOUGH_TEXT) {
                break;
            }
        }
        if (best == null || best.text().isBlank()) {
            return empty(meta);
        }
        String excerpt = meta.excerpt() != null ? meta.excerpt() : excerptOf(best.text());
        String image = meta.leadImage() != null ? meta.leadImage() : firstImage(best.html());
        return new ExtractedArticle(meta.title(), meta.byline(), meta.site(), meta.published(), meta.language(),
                meta.canonicalUrl(), image, excerpt, best.html(), best.text());
    }

    private static Document parse(String html, String url) {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, url);
    }

    private static ExtractedArticle empty(Metadata meta) {
        if (meta == null) {
            return new ExtractedArticle(null, null, null, null, null, null, null, null, "", "");
        }
        return new ExtractedArticle(meta.title(), meta.byline(), meta.site(), meta.published(), meta.language(),
                meta.canonicalUrl(), meta.leadImage(), meta.excerpt(), "", "");
    }

    private static String excerptOf(String text) {
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        if (first.length() <= EXCERPT_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', EXCERPT_LENGTH);
        return first.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + "\u2026";
    }

    private static String firstImage(String html) {
        int i = html.indexOf("<img src=\"");
        if (i < 0) {
            return null;
        }
        int start = i + 10;
        int end = html.indexOf('"', start);
        return end < 0 ? null : org.jsoup.parser.Parser.unescapeEntities(html.substring(start, end), true);
    }
}
