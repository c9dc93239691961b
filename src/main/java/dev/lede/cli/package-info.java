/**
 * The command line: picocli commands over the library, with text and JSON output.
 * Depends on library, render, model.
 */
package dev.lede.cli;
