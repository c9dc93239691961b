package dev.lede.model;

import java.util.List;

/**
 * A story told in time order, with what each article adds to it.
 *
 * @param adds for each article of {@code story.articles()}, its terms the rest of the story lacks
 */
public record StoryTimeline(Story story, List<List<String>> adds) {
    public StoryTimeline {
        adds = adds.stream().map(List::copyOf).toList();
        if (adds.size() != story.articles().size()) {
            throw new IllegalArgumentException("one list of terms per article");
        }
    }
}
