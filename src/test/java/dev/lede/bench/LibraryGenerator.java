package dev.lede.bench;

import dev.lede.model.Article;
import dev.lede.related.RelatedStories;
import dev.lede.store.Store;
import dev.lede.store.StoredTerms;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fills a library with generated articles, deterministically from a seed: a Zipf-distributed
 * vocabulary, topics with their own words and tags, stories within topics with their own
 * names and numbers, articles dated over ten years on a few hundred sites. Articles go
 * straight to the store (no extraction), so a large library builds quickly.
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.bench.LibraryGenerator DB [N] [SEED] [MEAN_WORDS]
 * java -cp target/lede.jar:target/test-classes dev.lede.bench.LibraryGenerator --pages DIR [N] [SEED]</pre>
 */
public final class LibraryGenerator {
    static final int VOCABULARY = 60_000;
    static final int TOPICS = 400;
    static final int STORIES_PER_TOPIC = 25;
    /** Article lengths in words: log-normal around the mean, cut to this range. */
    static final int MIN_WORDS = 200;
    static final int MAX_WORDS = 5_000;
    private static final int BATCH = 200;
    static final String[] SYLLABLES = ("ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu"
            + " ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu da de di do du ga ge gi go gu"
            + " pa pe pi po pu st tr an en in on ar er or").split(" ");

    private final Random random;
    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    private final int meanWords;

    /** Timings of the last {@link #fill}: nanoseconds in the store and in computing terms. */
    public long storeNanos;
    public long termNanos;

    public LibraryGenerator(long seed, int meanWords) {
        this.random = new Random(seed);
        this.meanWords = meanWords;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < VOCABULARY; i++) {
            String w;
            do {
                int n = 1 + Math.min(4, (int) Math.round(Math.abs(random.nextGaussian()) * 1.5 + (i < 500 ? 0 : 1)));
                StringBuilder b = new StringBuilder();
                for (int s = 0; s < n; s++) {
                    b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                w = b.toString();
            } while (w.length() < 3 || !seen.add(w));
            words[i] = w;
        }
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.05);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    /** The word of frequency rank {@code rank} (0 is the most common). */
    public String word(int rank) {
        return words[rank];
    }

    /** A word of the common vocabulary, drawn by Zipf's law. */
    String zipfWord() {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[i < 0 ? Math.min(VOCABULARY - 1, -i - 1) : i];
    }

    static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Inserts {@code n} articles into {@code store}, computing related terms as saving does. */
    public void fill(Store store, int n) {
        fill(store, n, 0);
    }

    /** As {@link #fill(Store, int)}, numbering URLs from {@code first} so that they stay unique. */
    public void fill(Store store, int n, int first) {
        RelatedStories related = new RelatedStories(store);
        for (int done = 0; done < n; done += BATCH) {
            int count = Math.min(BATCH, n - done);
            int from = first + done;
            // In batches, as an import stores them.
            store.inOneTransaction(() -> {
                generate(count, from, article -> {
                    long t0 = System.nanoTime();
                    StoredTerms terms = related.terms(article);
                    long t1 = System.nanoTime();
                    store.insert(article, article.url().toLowerCase(Locale.ROOT), null, article.site(), terms);
                    long t2 = System.nanoTime();
                    termNanos += t1 - t0;
                    storeNanos += t2 - t1;
                });
                return null;
            });
        }
    }

    /**
     * Writes {@code n} articles as saved web pages of about 10 KB ({@code page-000001.html}...):
     * a head with metadata, site navigation, the article with its byline and date, a share
     * bar, related links and a footer, for measuring {@code lede import}. Lengths are 1,150-1,550
     * words here, whatever the mean, so that pages come out near 10 KB.
     */
    public void writePages(Path folder, int n) throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        int[] k = {0};
        generate(n, 0, a -> {
            StringBuilder page = new StringBuilder(12_000);
            page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                    .append(a.title()).append(" | ").append(a.site()).append("</title>")
                    .append("<meta property=\"og:title\" content=\"").append(a.title()).append("\">")
                    .append("<meta property=\"og:site_name\" content=\"").append(a.site()).append("\">")
                    .append("<meta name=\"author\" content=\"").append(capitalized(word(900 + k[0] % 400)))
                    .append(' ').append(capitalized(word(2000 + k[0] % 700))).append("\">")
                    .append("<meta property=\"article:published_time\" content=\"").append(a.published()).append("\">")
                    .append("<link rel=\"canonical\" href=\"").append(a.url()).append("\">")
                    .append("</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>")
                    .append(" <a href=\"/city\">City</a> <a href=\"/science\">Science</a> <a href=\"/about\">About</a>")
                    .append("</nav></header><main><article><h1>").append(a.title()).append("</h1>")
                    .append("<p class=\"byline\">By ").append(capitalized(word(900 + k[0] % 400))).append("</p>")
                    .append(a.html())
                    .append("</article><aside class=\"share\">Share this: <a href=\"#\">Twitter</a>")
                    .append(" <a href=\"#\">Facebook</a> <a href=\"#\">Email</a></aside>")
                    .append("<section class=\"related\"><h2>Related</h2><ul>");
            for (int i = 0; i < 4; i++) {
                page.append("<li><a href=\"/").append(word(40 + i + k[0] % 50)).append("\">")
                        .append(capitalized(word(100 + i * 7 + k[0] % 90))).append(' ').append(word(i + 3))
                        .append("</a></li>");
            }
            page.append("</ul></section></main><footer><p>© ").append(a.site())
                    .append(" · <a href=\"/privacy\">Privacy</a> · Back to top</p></footer></body></html>");
            k[0]++;
            try {
                java.nio.file.Files.writeString(folder.resolve(String.format("page-%06d.html", k[0])), page);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 1_150, 1_550);
    }

    /** Topics, their stories and the sites: drawn once, so that every batch shares them. */
    private String[][] topicWords;
    private String[][][] storyNames;
    private String[] sites;

    private void drawTopics() {
        // Topic words come from the middle of the vocabulary; story names are rarer still.
        topicWords = new String[TOPICS][];
        storyNames = new String[TOPICS][STORIES_PER_TOPIC][];
        for (int t = 0; t < TOPICS; t++) {
            topicWords[t] = new String[40];
            for (int i = 0; i < 40; i++) {
                topicWords[t][i] = words[300 + random.nextInt(15_000)];
            }
            for (int s = 0; s < STORIES_PER_TOPIC; s++) {
                String[] names = new String[8];
                for (int i = 0; i < 6; i++) {
                    names[i] = capitalized(words[5_000 + random.nextInt(VOCABULARY - 5_000)]);
                }
                names[6] = String.valueOf(1 + random.nextInt(999));
                names[7] = String.valueOf(1990 + random.nextInt(36));
                storyNames[t][s] = names;
            }
        }
        sites = new String[300];
        for (int i = 0; i < sites.length; i++) {
            String base = words[1000 + i] + (i % 3 == 0 ? ".com" : i % 3 == 1 ? ".org" : ".net");
            sites[i] = (i % 4 == 0 ? "news." : "") + base;
        }
    }

    private void generate(int n, int first, java.util.function.Consumer<Article> sink) {
        generate(n, first, sink, MIN_WORDS, MAX_WORDS);
    }

    private void generate(int n, int first, java.util.function.Consumer<Article> sink, int minWords, int maxWords) {
        if (topicWords == null) {
            drawTopics();
        }
        String[] commonTags = {"read-later", "work", "long-read", "science", "politics", "city"};
        long start = LocalDate.of(2015, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1000;
        long span = 11L * 365 * 24 * 3600 * 1000;
        for (int a = 0; a < n; a++) {
            int topic = (int) Math.min(TOPICS - 1, Math.abs(random.nextGaussian()) * TOPICS / 2.5);
            int story = random.nextInt(STORIES_PER_TOPIC);
            String[] names = storyNames[topic][story];
            StringBuilder title = new StringBuilder(capitalized(pick(topicWords[topic])));
            title.append(' ').append(names[random.nextInt(6)]);
            for (int i = 0; i < 3 + random.nextInt(5); i++) {
                title.append(' ').append(random.nextInt(3) == 0 ? pick(topicWords[topic]) : zipfWord());
            }
            int length = Math.max(minWords, Math.min(maxWords,
                    (int) (meanWords * Math.exp(random.nextGaussian() * 0.6) / 1.2)));
            StringBuilder text = new StringBuilder(length * 7);
            StringBuilder html = new StringBuilder(length * 8);
            int written = 0;
            while (written < length) {
                StringBuilder sentence = new StringBuilder();
                int sl = 8 + random.nextInt(14);
                for (int i = 0; i < sl; i++) {
                    double r = random.nextDouble();
                    String w = r < 0.72 ? zipfWord() : r < 0.92 ? pick(topicWords[topic]) : names[random.nextInt(8)];
                    sentence.append(i == 0 ? capitalized(w) : w).append(i == sl - 1 ? "." : " ");
                }
                written += sl;
                text.append(sentence).append(written % 5 == 0 ? "\n\n" : " ");
                html.append("<p>").append(sentence).append("</p>");
            }
            long saved = start + (long) (random.nextDouble() * span);
            List<String> tags = new ArrayList<>();
            if (random.nextDouble() < 0.3) {
                tags.add("topic-" + topic);
            }
            if (random.nextDouble() < 0.15) {
                tags.add(commonTags[random.nextInt(commonTags.length)]);
            }
            String site = sites[(topic * 7 + random.nextInt(40)) % sites.length];
            String url = "https://" + site + "/" + (first + a + 1) + "/" + title.toString().toLowerCase(Locale.ROOT).replace(' ', '-');
            String published = Instant.ofEpochMilli(saved - random.nextInt(3 * 24 * 3600) * 1000L).toString();
            Article article = new Article(0, url, null, title.toString(), null, site, "en", published,
                    Instant.ofEpochMilli(saved), written, null, null, html.toString(), text.toString(),
                    random.nextDouble() < 0.4, random.nextDouble() < 0.05, 0, tags);
            sink.accept(article);
        }
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("--pages")) {
            // --pages DIR [N] [SEED]: saved web pages for measuring lede import
            int n = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
            long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
            new LibraryGenerator(seed, 1_100).writePages(Path.of(args[1]), n);
            return;
        }
        if (args.length < 1) {
            System.err.println("usage: LibraryGenerator DB [N] [SEED] [MEAN_WORDS]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int meanWords = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        try (Store store = Store.open(Path.of(args[0]))) {
            LibraryGenerator generator = new LibraryGenerator(seed, meanWords);
            long t0 = System.nanoTime();
            int batch = Math.max(1, n / 20);
            for (int done = 0; done < n; done += batch) {
                generator.fill(store, Math.min(batch, n - done));
                System.err.printf("  %d articles, %.0f s%n", done + Math.min(batch, n - done), (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("generated %d articles in %.1f s: store %.2f ms/article, related terms %.2f ms/article%n",
                    n, (System.nanoTime() - t0) / 1e9, generator.storeNanos / 1e6 / n, generator.termNanos / 1e6 / n);
        }
    }
}
