/**
 * The user's config file ({@code $XDG_CONFIG_HOME/lede/config}): its parsing into a
 * {@link dev.lede.config.Config} (pure: text in, record out, a bad line is an error naming
 * it) and its reading and writing. Shared by the CLI and the TUI; depends on model and query.
 */
package dev.lede.config;
