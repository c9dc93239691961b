package dev.lede.tui;

import dev.lede.config.Config;
import dev.lede.library.Library;
import dev.lede.model.Sort;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The screens and what they share: the library, the key map and the ways out of the UI
 * thread. Built once; {@link Update} and {@link View} both dispatch through {@link #of}.
 * Screens that lead to one another (the list opens the reader, the reader opens related
 * stories) reach each other through the fields here.
 */
final class Screens {
    final Library library;
    final KeyMap keys;
    final Effects effects;
    final UrlSaver saver;
    /** Opens a URL in the browser; returns an error to show, or null. */
    final Function<String, String> opener;
    /** The config file's settings (sort and filter at start, text width). */
    final Config config;
    /** Writes the list's order into the config file; returns an error to show, or null. */
    final Function<Sort, String> rememberSort;

    final ListScreen list;
    final ReaderScreen reader;
    final RelatedScreen related;
    final StoryScreen story;
    final TagPaneScreen tagPane;
    final HelpScreen help;
    final FeedsScreen feeds;
    final Prompts prompts;
    final ArticleChanges changes;
    final ArticleLayouts layouts;
    final HighlightSelection highlights;

    private final Map<Screen, ScreenHandler> handlers = new EnumMap<>(Screen.class);

    Screens(Library library, KeyMap keys, Effects effects, UrlSaver saver, Function<String, String> opener,
            Config config, Function<Sort, String> rememberSort) {
        this(library, keys, effects, saver, opener, config, rememberSort, null);
    }

    /** The same with {@code layouts} shared with other screens (null: layouts of their own). */
    private Screens(Library library, KeyMap keys, Effects effects, UrlSaver saver, Function<String, String> opener,
                    Config config, Function<Sort, String> rememberSort, ArticleLayouts layouts) {
        this.library = library;
        this.keys = keys;
        this.effects = effects;
        this.saver = saver;
        this.opener = opener;
        this.config = config;
        this.rememberSort = rememberSort;
        this.layouts = layouts != null ? layouts : new ArticleLayouts(library, effects);
        list = new ListScreen(this);
        reader = new ReaderScreen(this);
        related = new RelatedScreen(this);
        story = new StoryScreen(this);
        tagPane = new TagPaneScreen(this);
        help = new HelpScreen(this);
        feeds = new FeedsScreen(this);
        prompts = new Prompts(this);
        changes = new ArticleChanges(this);
        highlights = new HighlightSelection(this);
        handlers.put(Screen.LIST, list);
        handlers.put(Screen.READER, reader);
        handlers.put(Screen.RELATED, related);
        handlers.put(Screen.STORY, story);
        handlers.put(Screen.TAGS, tagPane);
        handlers.put(Screen.HELP, help);
        handlers.put(Screen.FEEDS, feeds);
        for (Screen s : Screen.values()) {
            if (!handlers.containsKey(s)) {
                throw new IllegalStateException("no handler for screen " + s);
            }
        }
    }

    /**
     * The model that ends the program, the reading position saved. With saves of the
     * {@code a} key in flight it waits for them instead, until asked a second time.
     */
    Model quit(Model m) {
        if (!m.saving().isEmpty() && !m.quitting()) {
            int n = m.saving().size();
            return m.with(b -> b.quitting = true)
                    .status("finishing " + n + (n == 1 ? " save" : " saves") + " before quitting · Q again cancels");
        }
        return reader.savePosition(m).with(b -> b.quit = true);
    }

    /**
     * Screens over the same library whose {@linkplain Effects#NONE effects are dropped}: the
     * start-up rehearsal runs keys on them, so that a letter it types in the search prompt
     * starts no search and nothing it does is written. They share the articles laid out, so
     * that the article the rehearsal opened is laid out for the first Enter.
     */
    Screens withoutEffects() {
        return new Screens(library, keys, Effects.NONE, saver, opener, config, sort -> null, layouts);
    }

    /** The handler of screen {@code s}. */
    ScreenHandler of(Screen s) {
        return handlers.get(s);
    }
}
