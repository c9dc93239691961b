package dev.lede.related;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The articles placed in their stories lately, as placing the next ones compares them (see
 * {@code Stories.place}): a bulk save places each article against the hundreds saved since
 * its probe read the library. Holds the {@code capacity} newest. Not thread-safe (the store's
 * lock guards it).
 */
final class RecentArticles {
    /**
     * An article saved lately: its vector as weighed when it came in, its posted terms
     * (ascending), its published day ({@code TermVector.day}).
     */
    record Recent(RelatedStories.Weighted vector, int[] posted, int day) {
    }

    private final Map<Long, Recent> byId;

    RecentArticles(int capacity) {
        byId = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Recent> eldest) {
                return size() > capacity;
            }
        };
    }

    boolean contains(long id) {
        return byId.containsKey(id);
    }

    /** The article {@code id} when held, else null. */
    Recent get(long id) {
        return byId.get(id);
    }

    /** Holds {@code r} as article {@code id} (replacing what was held for it), the oldest going when full. */
    void add(long id, Recent r) {
        byId.remove(id); // a new arrival is the newest
        byId.put(id, r);
    }
}
