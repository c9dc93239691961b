/**
 * The terminal reader: the key map, screen state and its update, views drawn as lines, and the
 * Lanterna painter and event loop. Depends on library, render, query, config and model; the only
 * package that uses Lanterna.
 *
 * <p>Each screen keeps its key handling, update and drawing in one {@link dev.lede.tui.ScreenHandler}
 * ({@code ListScreen}, {@code ReaderScreen}, {@code RelatedScreen}, {@code TagPaneScreen},
 * {@code HelpScreen}), registered in {@code Screens}; prompts live in {@code Prompts}, the
 * changes to articles shared by the list and the reader in {@code ArticleChanges}, and what
 * {@code u} can take back in {@code Undo}. Settings come from {@code dev.lede.config}.
 * {@link dev.lede.tui.Update} turns keys into actions and dispatches; {@link dev.lede.tui.View}
 * frames what the screen draws. {@link dev.lede.tui.Model} and {@link dev.lede.tui.Msg} stay shared.
 *
 * <p>On the real terminal keys are read by {@code KeyReader} (not Lanterna's decoder) and handed
 * to {@code App}, which handles them on the reading thread when no other thread is handling
 * messages ({@code Inbox} wakes the UI thread for the rest); {@code Painter} writes changed rows,
 * erased in one command where the terminal can ({@code RowEraser}). Work for the moments the
 * keys rest (laying out the article under the cursor) waits in {@code Resting} until the input
 * has been quiet a while; the start-up rehearsal runs keys off screen on screens whose effects
 * are dropped.
 */
package dev.lede.tui;
