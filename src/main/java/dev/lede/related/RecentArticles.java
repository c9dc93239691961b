package dev.lede.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles placed in their stories lately, as placing the next ones compares them (see
 * {@code Stories.place}), with an index from each posted term to the articles that posted it:
 * a bulk save places each article against the hundreds saved since its probe read the
 * library, and only those sharing one of its telling terms are compared. Holds the
 * {@code capacity} newest. Not thread-safe (the store's lock guards it).
 */
final class RecentArticles {
    /** An article saved lately: its vector as weighed when it came in, its posted terms (ascending), its day. */
    record Recent(RelatedStories.Weighted vector, int[] posted, LocalDate day) {
    }

    private final Map<Long, Recent> byId;
    private final Map<Integer, List<Long>> byTerm = new HashMap<>();

    RecentArticles(int capacity) {
        byId = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Recent> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                unindex(eldest.getKey(), eldest.getValue());
                return true;
            }
        };
    }

    boolean contains(long id) {
        return byId.containsKey(id);
    }

    Recent get(long id) {
        return byId.get(id);
    }

    void add(long id, Recent r) {
        Recent old = byId.remove(id);
        if (old != null) {
            unindex(id, old);
        }
        for (int term : r.posted()) {
            byTerm.computeIfAbsent(term, t -> new ArrayList<>(4)).add(id);
        }
        byId.put(id, r);
    }

    /** Of {@code among}, in their order, those held that posted one of {@code terms}. */
    List<Long> sharing(int[] terms, Collection<Long> among) {
        Set<Long> found = new HashSet<>();
        for (int term : terms) {
            List<Long> ids = byTerm.get(term);
            if (ids != null) {
                found.addAll(ids);
            }
        }
        List<Long> out = new ArrayList<>();
        for (long id : among) {
            if (found.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private void unindex(long id, Recent r) {
        for (int term : r.posted()) {
            List<Long> ids = byTerm.get(term);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    byTerm.remove(term);
                }
            }
        }
    }
}
