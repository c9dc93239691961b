/**
 * Turning pages into articles: main-content detection, boilerplate removal and metadata
 * with Jsoup, and the plain-text article cleaner. Pure functions; depends on model.
 */
package dev.lede.extract;
