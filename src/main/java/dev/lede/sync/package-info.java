/**
 * A client of the Google Reader API that FreshRSS, Miniflux, Inoreader and The Old Reader
 * speak: log in, list and change subscriptions, read item streams and their read/starred
 * state. HTTP through the JDK's client, like {@code fetch}; uses only {@code model}.
 */
package dev.lede.sync;
