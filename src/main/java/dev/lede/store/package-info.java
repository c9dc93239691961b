/**
 * The SQLite library file: connection settings, migrations, articles, tags, the FTS5 index and
 * the related-stories index (term vectors and postings, see TermIndex), the sync account and its
 * queue (SyncStore). The only package with SQL; depends on model.
 */
package dev.lede.store;
