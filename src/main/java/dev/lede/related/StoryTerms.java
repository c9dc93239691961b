package dev.lede.related;

import dev.lede.model.Article;
import dev.lede.store.TermCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What each article of a story adds: its most telling terms that the rest of the story lacks. */
public final class StoryTerms {
    private StoryTerms() {
    }

    /**
     * For each of {@code articles}, at most {@code max} of its terms that no other article of
     * the story uses, most used first, names and numbers before other words; link targets left
     * out. A story of one article adds nothing to compare with: empty lists.
     */
    public static List<List<String>> distinctive(List<Article> articles, int max) {
        List<TermTable> tables = new ArrayList<>();
        Map<String, Integer> articlesWith = new HashMap<>();
        for (Article a : articles) {
            TermTable t = TermExtractor.extract(a.title(), a.text(), a.html());
            tables.add(t);
            for (int i = 0; i < t.size(); i++) {
                articlesWith.merge(t.term(i), 1, Integer::sum);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (TermTable t : tables) {
            List<Integer> own = new ArrayList<>();
            if (articles.size() > 1) {
                for (int i = 0; i < t.size(); i++) {
                    if (articlesWith.get(t.term(i)) == 1 && (t.flags(i) & TermCount.LINK) == 0) {
                        own.add(i);
                    }
                }
            }
            own.sort((x, y) -> {
                int ex = (t.flags(x) & TermCount.ENTITY) != 0 ? 1 : 0;
                int ey = (t.flags(y) & TermCount.ENTITY) != 0 ? 1 : 0;
                return ex != ey ? ey - ex : t.count(y) != t.count(x) ? t.count(y) - t.count(x) : x - y;
            });
            List<String> terms = new ArrayList<>();
            for (int i : own.subList(0, Math.min(max, own.size()))) {
                String term = t.term(i);
                terms.add((t.flags(i) & TermCount.ENTITY) != 0 && Character.isLetter(term.charAt(0))
                        ? Character.toUpperCase(term.charAt(0)) + term.substring(1) : term);
            }
            out.add(terms);
        }
        return out;
    }
}
