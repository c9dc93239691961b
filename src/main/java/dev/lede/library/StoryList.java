package dev.lede.library;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.model.Story;
import dev.lede.related.Stories;
import dev.lede.store.Store;
import dev.lede.store.StoryStore.Member;
import dev.lede.store.StoryStore.Neighbour;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds {@link Story} records from the stored story members: order, times and title. */
final class StoryList {
    private StoryList() {
    }

    static List<Story> of(Store store, Stories stories, Query query, boolean all, int limit) {
        Set<Long> only = null;
        if (query != null && !query.matchesAll()) {
            List<Long> matching = new ArrayList<>();
            for (ArticleSummary a : store.list(query, 0, Integer.MAX_VALUE)) {
                matching.add(a.id());
            }
            only = new HashSet<>(stories.table().storyOf(matching).values());
            if (only.isEmpty()) {
                return List.of();
            }
        }
        Map<Long, List<Member>> groups = stories.table().stories(all ? 1 : 2, only);
        // Newest activity first, decided on the stored times before any title is looked up.
        List<List<Member>> ordered = new ArrayList<>(groups.values());
        for (List<Member> g : ordered) {
            g.sort(Comparator.comparing((Member m) -> when(m)).thenComparingLong(Member::articleId));
        }
        ordered.sort(Comparator.comparing((List<Member> g) -> when(g.get(g.size() - 1))).reversed()
                .thenComparing(g -> -g.get(0).storyId()));
        if (ordered.size() > limit) {
            ordered = ordered.subList(0, limit);
        }
        List<Story> out = new ArrayList<>(ordered.size());
        for (List<Member> g : ordered) {
            out.add(story(store, stories, g));
        }
        return out;
    }

    static Optional<Story> ofArticle(Store store, Stories stories, long id) {
        Long storyId = stories.table().storyOf(List.of(id)).get(id);
        if (storyId == null) {
            if (store.summaries(List.of(id)).isEmpty()) {
                return Optional.empty();
            }
            // Saved before stories existed: placed now, alone (the rest wait for 'lede stories').
            stories.assign(id);
            storyId = stories.table().storyOf(List.of(id)).get(id);
            if (storyId == null) {
                return Optional.empty();
            }
        }
        List<Member> g = new ArrayList<>(stories.table().stories(1, List.of(storyId)).getOrDefault(storyId, List.of()));
        if (g.isEmpty()) {
            return Optional.empty();
        }
        g.sort(Comparator.comparing((Member m) -> when(m)).thenComparingLong(Member::articleId));
        return Optional.of(story(store, stories, g));
    }

    /** A story from its members, sorted oldest first. */
    private static Story story(Store store, Stories stories, List<Member> members) {
        List<Long> ids = new ArrayList<>();
        for (Member m : members) {
            ids.add(m.articleId());
        }
        Map<Long, ArticleSummary> byId = new HashMap<>();
        for (ArticleSummary s : store.summaries(ids)) {
            byId.put(s.id(), s);
        }
        List<ArticleSummary> articles = new ArrayList<>();
        for (long id : ids) {
            ArticleSummary s = byId.get(id);
            if (s != null) {
                articles.add(s);
            }
        }
        long central = central(stories, ids);
        ArticleSummary titled = byId.getOrDefault(central, articles.isEmpty() ? null : articles.get(0));
        return new Story(members.get(0).storyId(), titled == null ? "" : titled.title(), articles,
                iso(members.get(0)), iso(members.get(members.size() - 1)));
    }

    /**
     * The most central article: the one with the largest sum of similarities to the other
     * articles of the story in the neighbour lists (both ways); the oldest of equals.
     */
    static long central(Stories stories, List<Long> ids) {
        if (ids.size() <= 2) {
            return ids.get(0);
        }
        Set<Long> in = new HashSet<>(ids);
        Map<Long, Double> weight = new HashMap<>();
        for (Map.Entry<Long, List<Neighbour>> e : stories.table().neighbours(ids).entrySet()) {
            for (Neighbour n : e.getValue()) {
                if (in.contains(n.id())) {
                    weight.merge(e.getKey(), n.similarity(), Double::sum);
                    weight.merge(n.id(), n.similarity(), Double::sum);
                }
            }
        }
        long best = ids.get(0);
        for (long id : ids) {
            if (weight.getOrDefault(id, 0.0) > weight.getOrDefault(best, 0.0)) {
                best = id;
            }
        }
        return best;
    }

    /** When an article appeared: its published time when readable, else when it was saved. */
    static Instant when(Member m) {
        return when(m.published(), Instant.ofEpochMilli(m.savedMillis()));
    }

    static Instant when(String published, Instant saved) {
        if (published != null && !published.isBlank()) {
            try {
                return OffsetDateTime.parse(published).toInstant();
            } catch (DateTimeParseException e) {
                // a date without a time, or something else
            }
            try {
                return Instant.parse(published);
            } catch (DateTimeParseException e) {
                // a date without a time, or something else
            }
            if (published.length() >= 10) {
                try {
                    return LocalDate.parse(published.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    // not a date: the saved time
                }
            }
        }
        return saved;
    }

    /** {@link #when} as ISO 8601: the published date as stored when readable, else the saved instant. */
    private static String iso(Member m) {
        Instant saved = Instant.ofEpochMilli(m.savedMillis());
        Instant w = when(m.published(), saved);
        return w.equals(saved) ? saved.toString() : m.published();
    }
}
