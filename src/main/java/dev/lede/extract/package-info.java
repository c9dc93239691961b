/**
 * Turns a fetched page into an article: charset decoding, metadata, main-content detection
 * and cleaning into the small HTML tag set of {@link dev.lede.model.ExtractedArticle}, and
 * the plain-text article cleaner. The only package that uses Jsoup, and it depends on {@code model} alone.
 */
package dev.lede.extract;
