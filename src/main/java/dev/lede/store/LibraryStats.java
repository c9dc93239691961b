package dev.lede.store;

/**
 * Totals over the whole library.
 *
 * @param textChars characters of article text held
 * @param fileBytes size of the library file and its write-ahead log
 */
public record LibraryStats(int articles, int unread, int bookmarked, long words, int tags,
                           long textChars, long fileBytes) {
}
