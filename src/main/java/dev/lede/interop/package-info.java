/**
 * Import and export formats of other services and of Lede itself (Pocket, Instapaper,
 * Omnivore, Wallabag, Raindrop, Readwise Reader, Karakeep, Netscape bookmarks, OPML and
 * newsboat's urls file, Lede's JSON lines and Markdown): one small pure class per format,
 * each a reader of bytes into records or a writer of records into text; it never touches
 * the library (the {@code library} package saves what they read). CSV through FastCSV,
 * JSON through jackson-jr, HTML and XML through Jsoup. Depends on {@code model} only.
 */
package dev.lede.interop;
