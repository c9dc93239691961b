/**
 * Immutable records shared by every layer: articles, summaries, queries, fetched pages and
 * extraction results. Depends on nothing.
 */
package dev.lede.model;
