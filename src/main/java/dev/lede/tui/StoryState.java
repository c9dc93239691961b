package dev.lede.tui;

import dev.lede.model.Story;
import dev.lede.model.StoryTimeline;
import java.util.List;

/**
 * The stories screen: the list of stories ({@code g s}) and one story's timeline ({@code s}).
 * A null {@code stories} or {@code timeline} is still being loaded.
 *
 * @param stories   the stories of several articles, newest activity first; null when the timeline was opened directly
 * @param listed    the cursor in {@code stories}
 * @param articleId the article whose story the timeline shows, or 0 for the list
 * @param timeline  that story, or null (loading, or the list is showing)
 * @param cursor    the cursor in the timeline
 * @param from      the screen to return to
 */
public record StoryState(List<Story> stories, int listed, long articleId, StoryTimeline timeline, int cursor,
                         Screen from) {
    public StoryState {
        stories = stories == null ? null : List.copyOf(stories);
    }

    /** True when the timeline of one story shows (or loads), false for the list of stories. */
    public boolean showsTimeline() {
        return articleId != 0;
    }
}
