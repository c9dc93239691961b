/**
 * Related-story scoring: which saved articles tell the same story. Turns articles into terms at
 * save time and ranks stored term vectors at lookup time. Depends on model and store.
 */
package dev.lede.related;
