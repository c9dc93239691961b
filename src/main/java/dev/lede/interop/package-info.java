/**
 * Import and export formats, one small pure class per format: each reads bytes into records
 * or writes records as text, and never touches the library (the {@code library} package saves
 * what they read). Depends on {@code model} and Jsoup only.
 */
package dev.lede.interop;
