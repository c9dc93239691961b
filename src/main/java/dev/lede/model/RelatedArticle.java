package dev.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * An article related to another one, with how strongly and why.
 *
 * @param score   higher is more related; comparable only within one result list
 * @param reasons the strongest shared terms and tags, most telling first
 */
public record RelatedArticle(ArticleSummary article, double score, List<String> reasons) {
    public RelatedArticle {
        Objects.requireNonNull(article, "article");
        reasons = List.copyOf(reasons);
    }
}
