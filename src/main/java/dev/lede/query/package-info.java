/** Parsing the search language into a {@link dev.lede.model.Query}; depends on model. */
package dev.lede.query;
