/**
 * The use cases both faces (TUI and CLI) call: save, import, list, search, tag, bookmark,
 * read state, related stories and delete. Depends on every package below the faces.
 */
package dev.lede.library;
