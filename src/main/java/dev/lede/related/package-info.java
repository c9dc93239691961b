/** Related-story scoring: which saved articles tell the same story. Depends on model and store. */
package dev.lede.related;
