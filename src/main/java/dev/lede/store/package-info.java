/**
 * The SQLite library file: connection settings, migrations, articles, tags and the FTS5
 * index. The only package with SQL; depends on model.
 */
package dev.lede.store;
