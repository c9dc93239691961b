package dev.lede.related;

import dev.lede.model.Article;
import dev.lede.model.RelatedArticle;
import dev.lede.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the saved articles most related to one article: its most distinctive terms (tf-idf,
 * title terms counted double) searched as one OR query ranked by bm25, plus shared tags.
 */
public final class RelatedStories {
    private static final int TERMS = 20;
    private static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are as at be"
            + " because been before being below between both but by can could did do does doing down during each few"
            + " for from further had has have having he her here hers him his how i if in into is it its itself just"
            + " me more most my no nor not now of off on once only or other our out over own said same she should so"
            + " some such than that the their them then there these they this those through to too under until up"
            + " very was we were what when where which while who whom why will with would you your new one two says"
            + " year years told").split(" "));

    private RelatedStories() {
    }

    public static List<RelatedArticle> find(Store store, long id, int k) {
        Optional<Article> maybe = store.get(id);
        if (maybe.isEmpty() || k <= 0) {
            return List.of();
        }
        Article article = maybe.get();
        Map<String, Integer> tf = new HashMap<>();
        count(article.title(), 2, tf);
        count(article.text(), 1, tf);
        Map<String, Integer> df = store.documentFrequencies(tf.keySet());
        int n = Math.max(1, store.stats().articles());
        List<String> terms = new ArrayList<>(df.keySet());
        terms.removeIf(t -> df.get(t) <= 1);
        Map<String, Double> weight = new HashMap<>();
        for (String t : terms) {
            weight.put(t, (1 + Math.log(tf.get(t))) * Math.log((double) n / df.get(t)));
        }
        terms.sort(Comparator.comparingDouble((String t) -> -weight.get(t)));
        List<String> top = terms.subList(0, Math.min(TERMS, terms.size()));
        List<RelatedArticle> related = new ArrayList<>();
        for (Store.Scored hit : store.matchAny(top, id, k * 3)) {
            Set<String> sharedTags = new LinkedHashSet<>(hit.article().tags());
            sharedTags.retainAll(article.tags());
            double score = hit.score() + 2.0 * sharedTags.size();
            List<String> reasons = new ArrayList<>();
            sharedTags.forEach(t -> reasons.add("#" + t));
            String hitText = (hit.article().title()).toLowerCase(Locale.ROOT);
            for (String t : top) {
                if (reasons.size() >= 4) {
                    break;
                }
                if (hitText.contains(t)) {
                    reasons.add(t);
                }
            }
            if (reasons.isEmpty() && !top.isEmpty()) {
                reasons.add(top.get(0));
            }
            related.add(new RelatedArticle(hit.article(), score, reasons));
        }
        related.sort(Comparator.comparingDouble((RelatedArticle r) -> -r.score()));
        return related.subList(0, Math.min(k, related.size()));
    }

    private static void count(String text, int weight, Map<String, Integer> tf) {
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                String w = word.toString();
                word.setLength(0);
                if (w.length() >= 3 && !STOP.contains(w)) {
                    tf.merge(w, weight, Integer::sum);
                }
            }
        }
    }
}
