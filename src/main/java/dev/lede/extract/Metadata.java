package dev.lede.extract;

/** What a page says about its article, before the body is looked at; any field may be null. */
record Metadata(
        String title,
        String byline,
        String site,
        String published,
        String language,
        String canonicalUrl,
        String leadImage,
        String excerpt) {
}
