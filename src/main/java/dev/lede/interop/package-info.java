/**
 * Import and export formats of other services and of Lede itself (Pocket, Instapaper,
 * Omnivore, Wallabag, Raindrop, Readwise Reader, Karakeep, Netscape bookmarks, Lede's JSON
 * lines and Markdown): one small class per format, each a pure reader of bytes into
 * {@link dev.lede.interop.ImportedArticle} records or a writer of records into text. CSV
 * through FastCSV, JSON through jackson-jr, HTML through Jsoup. Depends on {@code model} only.
 */
package dev.lede.interop;
