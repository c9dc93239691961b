/**
 * Setting articles for a terminal: clean HTML to typed blocks and numbered links, blocks to
 * wrapped, styled lines at a width, and making untrusted text safe to print. Pure, no
 * Lanterna; depends on model.
 */
package dev.lede.render;
