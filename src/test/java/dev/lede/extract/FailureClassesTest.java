package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One page per class of failure seen on pages nobody tuned on (issue 15), each written for
 * the shape, not copied from a site.
 */
class FailureClassesTest {
    private final Extractor extractor = new Extractor();

    private ExtractedArticle extract(String html) {
        return extractor.extract(new Page(html.getBytes(StandardCharsets.UTF_8), "https://blog.example.net/2025/03/post",
                "text/html", null));
    }

    private static String comment(int i) {
        return """
                <li class="comment" id="comment-%d"><article class="comment-body">
                <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader %d</b> <span class="says">says:</span></div>
                <div class="comment-metadata"><a href="#comment-%d"><time datetime="2025-03-0%dT10:00">March %d, 2025 at 10:0%d am</time></a></div></footer>
                <div class="comment-content"><p>I have been following this for a while, and honestly I think the council is right to wait,
                because the last time they rushed a decision like this the whole neighbourhood paid for it in traffic and noise for years.</p>
                <p>Still, it would be good to hear from the people who actually live on the street, not only from the shop owners.</p></div>
                <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>
                """.formatted(i, i, i, i % 9 + 1, i % 9 + 1, i % 9);
    }

    @Test
    void aShortPostIsChosenOverTheLongCommentThreadAfterIt() {
        StringBuilder comments = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            comments.append(comment(i));
        }
        String html = """
                <html><head><title>Street party approved</title></head><body>
                <div id="page"><div id="content" class="site-content"><main id="main">
                <article class="post"><header class="entry-header"><h1 class="entry-title">Street party approved</h1></header>
                <div class="entry-content">
                <p>The council approved the summer street party on Mill Lane last night, after residents collected two hundred signatures.</p>
                <p>The road will be closed from noon to ten on the last Saturday of June.</p>
                </div></article>
                <div id="comments" class="comments-area"><h2 class="comments-title">14 thoughts on &ldquo;Street party approved&rdquo;</h2>
                <ol class="comment-list">%s</ol>
                <div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div>
                </main></div></div></body></html>
                """.formatted(comments);
        String text = extract(html).text();
        assertTrue(text.contains("approved the summer street party on Mill Lane"), text);
        assertTrue(text.contains("closed from noon to ten"), text);
        assertFalse(text.contains("following this for a while"), "comments are not the article: " + text);
        assertFalse(text.contains("Reader 3"), text);
    }

    @Test
    void aPaywallOrSubscriberWrapperHoldingTheRestOfTheBodyIsKept() {
        String html = """
                <html><head><title>The long road to the new bridge</title></head><body>
                <article><h1>The long road to the new bridge</h1>
                <div class="article-body">
                <p>For twenty years the town argued about a second bridge over the river, and for twenty years nothing was built, while the old stone bridge carried more lorries every year than its builders could have imagined.</p>
                <p>The plan that finally passed last spring is smaller than any of the earlier ones, and cheaper, and it owes much to a retired engineer who spent three winters measuring the river bed on her own.</p>
                <p>She started, she says, because nobody else would, and because the council's own surveys were thirty years old and had been copied from one report to the next without anyone going back to the river.</p>
                <div class="paywall">
                <p>Her survey showed that the banks downstream were firmer than the council had assumed, which meant the bridge could be built with two piers instead of five, saving almost half the cost.</p>
                <p>Work starts in May, and the first cars should cross in the autumn of next year, if the winter is kind.</p>
                </div>
                <section class="subscriber-only">
                <p>The old bridge will then be closed to lorries for good, and the council hopes to turn it into a square.</p>
                <p>Traders on both banks have already asked for stalls there on market days, and the council says it will listen.</p>
                </section>
                <div class="paywall-prompt"><p>Subscribe to read more stories like this.</p></div>
                </div></article></body></html>
                """;
        String text = extract(html).text();
        assertTrue(text.contains("twenty years the town argued"), text);
        assertTrue(text.contains("two piers instead of five"), "the paragraphs in the paywall wrapper are the article: " + text);
        assertTrue(text.contains("turn it into a square"), "and those in the subscriber-only one: " + text);
        assertFalse(text.contains("Subscribe to read more"), "a paywall prompt without article text still goes: " + text);
    }

    @Test
    void aParagraphInItsOwnDivIsKeptWhateverItsLinks() {
        String html = """
                <html><head><title>New trains for the coast line</title></head><body>
                <nav><div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div></nav>
                <div class="story">
                <div>The coast line will get new trains next year, the operator said on Monday, ending a decade of complaints about the old ones.</div>
                <div>The order follows a <a href="/reports/coast-line-review">review of the line</a> by the <a href="/transport-board">transport board</a>, which found half the trains late.</div>
                <div>Passengers groups welcomed the news, but said the timetable mattered as much as the trains themselves.</div>
                <div>See the <a href="/timetable-2026">new timetable</a> and the <a href="/fares">fares</a>.</div>
                <div>The operator said the new trains would have more seats, working heating, and room for bicycles, which riders have asked for since the line opened.</div>
                <div>Drivers will train on the new trains over the winter, on the quiet branch line, before they carry passengers in the spring.</div>
                <div>The first of the new trains is due to run in March, and the rest by the end of the summer.</div>
                </div>
                <div class="links"><a href="/a">One story</a> <a href="/b">Another story</a> <a href="/c">A third story</a></div>
                </body></html>
                """;
        String text = extract(html).text();
        assertTrue(text.contains("The order follows a review of the line by the transport board, which found half the trains late."),
                text);
        assertTrue(text.contains("The first of the new trains"), text);
        assertFalse(text.contains("A third story"), text);
        assertFalse(text.contains("Sport"), text);
    }

    @Test
    void teaserCardsNestedInTheArticleAreFurniture() {
        String html = """
                <html><head><title>Library reopens after flood</title></head><body>
                <article class="story">
                <h1>Library reopens after flood</h1>
                <p>The town library reopened on Saturday, eight months after the river flooded its ground floor and ruined four thousand books.</p>
                <p>Volunteers spent the winter drying what could be saved, and readers from all over the county sent books to fill the shelves again.</p>
                <article class="card"><a href="/2025/01/flood-damage"><img src="/img/flood.jpg" alt=""></a>
                <h3 class="card-title"><a href="/2025/01/flood-damage">Flood damage worse than feared</a></h3>
                <p class="card-summary">The county's first estimate was far too low.</p></article>
                <p>The children's room, which took the worst of the water, now sits upstairs, where the librarians say it should always have been.</p>
                <p>Also on Harbour Gazette: <a href="/2025/02/river-walls">Why the river walls failed</a></p>
                <div class="related"><div class="teaser"><h4><a href="/2024/11/books">Book sale raises record sum</a></h4><p>Hundreds came.</p></div></div>
                <p>The library is open every day but Sunday, from nine in the morning until seven in the evening.</p>
                </article></body></html>
                """;
        String text = extract(html).text();
        assertTrue(text.contains("reopened on Saturday"), text);
        assertTrue(text.contains("now sits upstairs"), text);
        assertTrue(text.contains("open every day but Sunday"), text);
        assertFalse(text.contains("Flood damage worse than feared"), text);
        assertFalse(text.contains("first estimate was far too low"), text);
        assertFalse(text.contains("Why the river walls failed"), text);
        assertFalse(text.contains("Book sale raises record sum"), text);
    }

    @Test
    void metadataLinesInsideTheBodyAreDropped() {
        String html = """
                <html><head><title>Harbour fees to rise</title>
                <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2025-03-04T09:30:00Z">
                </head><body>
                <div class="post">
                <h1>Harbour fees to rise</h1>
                <div class="post-body">
                <p>Jane Doe</p>
                <p>March 4, 2025</p>
                <p>Mooring fees in the harbour will rise by a tenth in April, the harbour board said, the first rise in six years.</p>
                <p>The board blamed the cost of dredging the channel, which silts up faster every winter, and the repairs to the east wall.</p>
                <p>Boat owners have until the end of the month to comment on the plan, which the board will vote on in April.</p>
                <p>Tags: harbour, fees, boats</p>
                <p>Comments are moderated and may take a day to appear.</p>
                </div></div></body></html>
                """;
        ExtractedArticle a = extract(html);
        String text = a.text();
        assertTrue(text.startsWith("Mooring fees in the harbour"), text);
        assertTrue(text.contains("vote on in April."), text);
        assertFalse(text.contains("Tags:"), text);
        assertFalse(text.contains("Comments are moderated"), text);
        assertFalse(text.contains("March 4, 2025"), text);
    }

    @Test
    void embedsKeepTheOutputWellFormed() {
        String html = """
                <html><head><title>Storm closes the pier</title></head><body><article>
                <p>The pier was closed on Sunday as the storm brought waves over the railings, and the council said it would stay shut for days.</p>
                <blockquote class="instagram-media"><div><a href="https://social.example.com/p/1">A post shared by the harbour master</a></div></blockquote>
                <figure class="embed"><iframe src="https://video.example.com/embed/1"></iframe><figcaption>Waves over the pier</figcaption></figure>
                <blockquote class="twitter-tweet"><p>The pier is closed until further notice.</p>&mdash; Harbour Master (@harbour) <a href="https://social.example.com/s/2">March 2, 2025</a></blockquote>
                <p>Engineers will inspect the deck once the wind drops, and the cafe at the end of the pier has moved its tables inland.</p>
                </article></body></html>
                """;
        ExtractedArticle a = extract(html);
        assertNull(Nesting.problem(a.html()), a.html());
        assertTrue(a.text().contains("Engineers will inspect the deck"), a.text());
    }
}
