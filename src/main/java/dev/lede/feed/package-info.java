/**
 * Reading feeds, pure like {@code extract}: bytes in, records out. RSS 0.9x/1.0/2.0 and Atom
 * 1.0 through Jsoup's lenient XML mode (it never expands a DOCTYPE entity nor reads a DTD or
 * an external entity), JSON Feed 1.x by hand, feed autodiscovery in HTML pages, and the
 * dates feeds write. Depends on {@code model} and Jsoup only.
 */
package dev.lede.feed;
