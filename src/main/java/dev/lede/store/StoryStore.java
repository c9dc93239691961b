package dev.lede.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of stories: each article's nearest neighbours ({@code story_neighbours}) and the
 * story each article belongs to ({@code story_members}). Runs in the store's transactions:
 * called inside {@link Store#inOneTransaction} its writes land with the rest of the work.
 */
public final class StoryStore {
    /** One neighbour in an article's list: the other article and how similar it is. */
    public record Neighbour(long id, double similarity) {
    }

    /** An article of a story with the times that order it. */
    public record Member(long storyId, long articleId, String published, long savedMillis) {
    }

    private final Store store;

    public StoryStore(Store store) {
        this.store = store;
    }

    /** The neighbour lists of {@code ids} (articles without one are left out). */
    public Map<Long, List<Neighbour>> neighbours(Collection<Long> ids) {
        synchronized (store) {
            return store.query(c -> {
                Map<Long, List<Neighbour>> rows = new HashMap<>();
                {
                    PreparedStatement ps = store.statements().get("SELECT article_id, neighbour_id, similarity"
                            + " FROM story_neighbours WHERE article_id IN (SELECT value FROM json_each(?))");
                    ps.setString(1, ids.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new Neighbour(rs.getLong(2), rs.getDouble(3)));
                        }
                    }
                }
                return rows;
            });
        }
    }

    /** The articles whose neighbour lists hold one of {@code ids}. */
    public List<Long> listing(Collection<Long> ids) {
        synchronized (store) {
            return store.query(c -> longs("SELECT DISTINCT article_id FROM story_neighbours"
                    + " WHERE neighbour_id IN (SELECT value FROM json_each(?))", ids.toString()));
        }
    }

    /**
     * The articles with terms and ids above {@code id}, oldest first, at most {@code limit}:
     * those saved since a placement read the committed index (uncommitted ones of this
     * transaction included).
     */
    public List<Long> indexedAfter(long id, int limit) {
        synchronized (store) {
            return store.query(c -> longs("SELECT article_id FROM related_vectors WHERE article_id > ?"
                    + " ORDER BY article_id LIMIT ?", id, limit));
        }
    }

    /** Replaces the neighbour list of {@code id}. */
    public void setNeighbours(long id, List<Neighbour> row) {
        synchronized (store) {
            store.write(c -> {
                {
                    PreparedStatement ps = store.statements().get("DELETE FROM story_neighbours WHERE article_id = ?");
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                {
                    PreparedStatement ps = store.statements().get(
                            "INSERT INTO story_neighbours(article_id, neighbour_id, similarity) VALUES (?, ?, ?)");
                    for (Neighbour n : row) {
                        ps.setLong(1, id);
                        ps.setLong(2, n.id());
                        ps.setDouble(3, n.similarity());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
    }

    /** The story of each of {@code ids} that has one. */
    public Map<Long, Long> storyOf(Collection<Long> ids) {
        synchronized (store) {
            return store.query(c -> ByIds.map(store.statements(), "SELECT article_id, story_id FROM story_members"
                    + " WHERE article_id IN (SELECT value FROM json_each(?))", ids, rs -> rs.getLong(2)));
        }
    }

    /** The articles of the stories {@code storyIds}. */
    public List<Long> articlesOf(Collection<Long> storyIds) {
        synchronized (store) {
            return store.query(c -> longs("SELECT article_id FROM story_members"
                    + " WHERE story_id IN (SELECT value FROM json_each(?))", storyIds.toString()));
        }
    }

    /** Sets the story of each article in {@code storyByArticle}. */
    public void setStories(Map<Long, Long> storyByArticle) {
        synchronized (store) {
            store.write(c -> {
                {
                    PreparedStatement ps = store.statements().get(
                            "INSERT INTO story_members(article_id, story_id) VALUES (?, ?)"
                                    + " ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id"
                                    + " WHERE story_id <> excluded.story_id");
                    for (Map.Entry<Long, Long> e : storyByArticle.entrySet()) {
                        ps.setLong(1, e.getKey());
                        ps.setLong(2, e.getValue());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
    }

    /** Articles that have no story yet (saved before stories existed), oldest first. */
    public List<Long> unassigned(int limit) {
        synchronized (store) {
            return store.query(c -> longs("SELECT id FROM articles WHERE id NOT IN"
                    + " (SELECT article_id FROM story_members) ORDER BY id LIMIT ?", limit));
        }
    }

    /** Every article id, oldest first: the order a rebuild assigns them in. */
    public List<Long> allArticles() {
        synchronized (store) {
            return store.query(c -> longs("SELECT id FROM articles ORDER BY id"));
        }
    }

    /** Forgets every story and neighbour list, for a rebuild. */
    public void clear() {
        synchronized (store) {
            store.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM story_neighbours");
                    s.executeUpdate("DELETE FROM story_members");
                }
                return null;
            });
        }
    }

    /**
     * The members of every story with at least {@code minSize} articles (of {@code storyIds}
     * only, when not null), grouped by story in no particular order.
     */
    public Map<Long, List<Member>> stories(int minSize, Collection<Long> storyIds) {
        String only = storyIds == null ? "" : " AND story_id IN (SELECT value FROM json_each(?2))";
        synchronized (store) {
            return store.query(c -> {
                Map<Long, List<Member>> stories = new LinkedHashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT s.story_id, a.id, a.published, a.saved"
                        + " FROM story_members s JOIN articles a ON a.id = s.article_id WHERE s.story_id IN"
                        + " (SELECT story_id FROM story_members WHERE 1" + only
                        + " GROUP BY story_id HAVING count(*) >= ?1)")) {
                    ps.setInt(1, minSize);
                    if (storyIds != null) {
                        ps.setString(2, storyIds.toString());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                        }
                    }
                }
                return stories;
            });
        }
    }

    /** How many articles each of {@code storyIds} holds. */
    public Map<Long, Integer> sizes(Collection<Long> storyIds) {
        synchronized (store) {
            return store.query(c -> ByIds.map(c, "SELECT story_id, count(*) FROM story_members"
                    + " WHERE story_id IN (SELECT value FROM json_each(?)) GROUP BY story_id", storyIds, rs -> rs.getInt(2)));
        }
    }

    /** The longs {@code sql} selects; its statement kept for the next placement (under the store's lock). */
    private List<Long> longs(String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        {
            PreparedStatement ps = store.statements().get(sql);
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
