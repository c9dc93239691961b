/**
 * The terminal reader: the key map, screen state and its update, views drawn as lines, and the
 * Lanterna painter and event loop. Depends on library, render, query and model; the only
 * package that uses Lanterna.
 */
package dev.lede.tui;
