/**
 * Fetching web pages over HTTP(S) for saving, one at a time or many at once; depends on
 * {@code model} only.
 */
package dev.lede.fetch;
