/**
 * The command line: picocli commands over the library, with text and JSON output.
 * Depends on library, render, model, and tui (which it starts when lede runs without a command).
 */
package dev.lede.cli;
