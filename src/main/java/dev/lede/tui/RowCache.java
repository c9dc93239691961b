package dev.lede.tui;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Sort;
import dev.lede.render.Line;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list rows drawn lately, so that a key moving the cursor lays out no row again: a row is
 * the same line as long as its article, the width and its columns are. Sized to a few
 * screens, not to the library. Thread-safe (the start-up rehearsal keeps one of its own).
 */
final class RowCache {
    private final Map<Key, Line> lines;

    /** equals and hashCode written out: see ArticleSummary's (a record's own cost the first frame milliseconds). */
    private record Key(ArticleSummary article, int cols, int tagColumn, Sort sort, int progress, int storySize,
                       String fetch) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && cols == k.cols && tagColumn == k.tagColumn && progress == k.progress
                    && storySize == k.storySize && sort == k.sort && article.equals(k.article)
                    && java.util.Objects.equals(fetch, k.fetch);
        }

        @Override
        public int hashCode() {
            int h = article.hashCode();
            h = 31 * h + cols;
            h = 31 * h + tagColumn;
            h = 31 * h + java.util.Objects.hashCode(sort);
            h = 31 * h + progress;
            h = 31 * h + storySize;
            return 31 * h + java.util.Objects.hashCode(fetch);
        }
    }

    RowCache(int capacity) {
        lines = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Line> eldest) {
                return size() > capacity;
            }
        };
    }

    /** {@link ListScreen#row}, laid out once. */
    Line row(ArticleSummary a, int cols, int tagColumn, Sort sort, int progress, int storySize, String fetch) {
        Key key = new Key(a, cols, tagColumn, sort, progress, storySize, fetch);
        synchronized (lines) {
            Line line = lines.get(key);
            if (line != null) {
                return line;
            }
        }
        Line line = ListScreen.row(a, cols, tagColumn, sort, progress, storySize, fetch);
        synchronized (lines) {
            lines.put(key, line);
        }
        return line;
    }
}
