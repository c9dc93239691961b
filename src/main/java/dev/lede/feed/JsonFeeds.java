package dev.lede.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): about fifteen fields, read by hand. */
final class JsonFeeds {
    private JsonFeeds() {
    }

    static ParsedFeed parse(String json, String url, int maxItems) throws FeedException {
        if (!(JsonValue.parse(json) instanceof Map<?, ?> feed)) {
            throw new FeedException("not a JSON feed: the document is not an object");
        }
        if (!isJsonFeed(feed)) {
            throw new FeedException("not a JSON feed: no jsonfeed.org version");
        }
        String base = FeedText.documentBase(url, string(feed.get("feed_url")), string(feed.get("home_page_url")));
        String feedAuthor = author(feed);
        List<FeedItem> items = new ArrayList<>();
        if (feed.get("items") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> item && items.size() < maxItems) {
                    items.add(item(item, base, feedAuthor));
                }
            }
        }
        return new ParsedFeed("json", FeedText.literal(string(feed.get("title"))),
                FeedText.resolve(base, string(feed.get("home_page_url"))), items);
    }

    /**
     * A jsonfeed.org version, or, as some generators leave it out, no version at all but a
     * feed's own fields; any other JSON (an API's answer) is not a feed.
     */
    private static boolean isJsonFeed(Map<?, ?> feed) {
        if (feed.get("version") instanceof String version) {
            return version.contains("jsonfeed.org");
        }
        return !feed.containsKey("version") && (feed.get("items") instanceof List<?>
                || feed.get("home_page_url") instanceof String || feed.get("feed_url") instanceof String
                || feed.get("title") instanceof String);
    }

    private static FeedItem item(Map<?, ?> item, String base, String feedAuthor) {
        Object id = item.get("id");
        String idText = id instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : string(id);
        String link = FeedText.resolve(base, string(item.get("url")));
        if (link == null) {
            link = FeedText.resolve(base, string(item.get("external_url")));
        }
        String content = FeedText.absoluteLinks(FeedText.html(string(item.get("content_html"))), base);
        if (content == null) {
            content = FeedText.html(string(item.get("content_text")));
        }
        List<String> categories = new ArrayList<>();
        if (item.get("tags") instanceof List<?> tags) {
            for (Object t : tags) {
                String tag = FeedText.plain(string(t));
                if (tag != null && !categories.contains(tag)) {
                    categories.add(tag);
                }
            }
        }
        String author = author(item);
        // titles are plain text in JSON Feed: markup there is text, but &#8217; is a quote
        return new FeedItem(FeedText.plain(idText), FeedText.literal(string(item.get("title"))), link,
                FeedDates.parse(string(item.get("date_published"))), FeedDates.parse(string(item.get("date_modified"))),
                author != null ? author : feedAuthor, FeedText.html(string(item.get("summary"))),
                content, categories);
    }

    /** 1.1's {@code authors} list, else 1.0's {@code author}. */
    private static String author(Map<?, ?> object) {
        List<String> names = new ArrayList<>();
        if (object.get("authors") instanceof List<?> authors) {
            for (Object a : authors) {
                if (a instanceof Map<?, ?> m && FeedText.plain(string(m.get("name"))) != null) {
                    names.add(FeedText.plain(string(m.get("name"))));
                }
            }
        }
        if (names.isEmpty() && object.get("author") instanceof Map<?, ?> m) {
            String name = FeedText.plain(string(m.get("name")));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }
}
