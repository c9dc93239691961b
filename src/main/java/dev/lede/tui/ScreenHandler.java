package dev.lede.tui;

import dev.lede.render.Line;
import java.util.List;
import java.util.Set;

/**
 * One screen's behaviour in one place: what each action does on it, what it draws, and its
 * key hints. {@link Update} hands the showing screen its actions and {@link View} asks it
 * for its lines; {@link Screens} says which handler serves which {@link Screen}.
 *
 * <p>To add a screen: a constant in {@link Screen}, a state record in {@link Model} if it
 * needs one, a class implementing this interface, and one line in {@link Screens}.
 */
interface ScreenHandler {

    /** The next model after {@code action} on this screen; {@code count} is a number typed first ({@code 3 o}), or 0. */
    Model act(Model m, Action action, int count);

    /** Adds this screen's rows (header first) to {@code lines}, and the indexes of selected rows to {@code selected}. */
    void draw(Model m, List<Line> lines, Set<Integer> selected);

    /** The bottom row when no prompt or message is showing: the main keys, and a position at the right. */
    Line footer(Model m);

    /**
     * Where a moving action takes a cursor over items 0 to {@code last}, {@code page} items a
     * page; -1 for an action that does not move it.
     */
    static int movedCursor(Action action, int cursor, int last, int page) {
        return switch (action) {
            case DOWN -> Math.min(last, cursor + 1);
            case UP -> Math.max(0, cursor - 1);
            case TOP -> 0;
            case BOTTOM -> last;
            case PAGE_DOWN, HALF_DOWN -> Math.min(last, cursor + page);
            case PAGE_UP, HALF_UP -> Math.max(0, cursor - page);
            default -> -1;
        };
    }
}
