/**
 * The use cases both faces (TUI and CLI) call: save, import, list, search, tag, bookmark,
 * read state, related stories, delete, and sync with a Google Reader API account (Sync).
 * Depends on every package below the faces.
 */
package dev.lede.library;
