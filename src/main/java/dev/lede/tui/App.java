package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.config.Config;
import dev.lede.config.ConfigException;
import dev.lede.config.ConfigFile;
import dev.lede.library.Library;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The event loop: keys, resizes and background results go through one queue; one thread at a
 * time takes them, updates the model, and repaints only when the frame changed. That thread is
 * the UI thread, or the input thread for a key it read while the UI thread had nothing to do:
 * it handles the key itself rather than wake the UI thread for it.
 */
public final class App {
    private final Terminal terminal;
    private final Update update;
    private final View view;
    private final Painter painter;
    /** Rounds of each key the start-up rehearsal runs (see {@link #rehearse}). */
    private static final int REHEARSALS = 200;
    private final Inbox queue;
    // Set by the thread that handles messages; the next one to handle them sees what it did.
    private final java.util.concurrent.atomic.AtomicBoolean handling = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean stopped;
    /** True while the UI thread waits with no work for a quiet moment to wake it for. */
    private volatile boolean sleeping;
    private volatile Throwable failed;
    private Model model;
    private Frame painted;
    private int paintedRedraws = -1;
    private int paintedCols;

    /** Work for when the input is quiet: laying out the article under the list's cursor. */
    private final Resting resting;

    /** Work to start once the frame on screen is written (a search, after the letter that asked for it). */
    private final java.util.Queue<Runnable> afterFrame;

    App(Terminal terminal, Update update, View view, Painter painter, Inbox queue, java.util.Queue<Runnable> afterFrame,
        Resting resting) {
        this.resting = resting;
        this.afterFrame = afterFrame;
        this.terminal = terminal;
        this.update = update;
        this.view = view;
        this.painter = painter;
        this.queue = queue;
    }

    /** An app on {@code terminal} whose background work runs at once on the calling thread (for tests). */
    public static App direct(Terminal terminal, Library library, UrlSaver saver, Map<String, String> env,
                             java.util.function.Function<String, String> opener) {
        return direct(terminal, library, saver, env, opener, Config.DEFAULTS, sort -> null);
    }

    /** The same with a config, and what remembering the sort order does. */
    public static App direct(Terminal terminal, Library library, UrlSaver saver, Map<String, String> env,
                             java.util.function.Function<String, String> opener, Config config,
                             java.util.function.Function<dev.lede.model.Sort, String> rememberSort) {
        return direct(terminal, library, saver, env, opener, config, rememberSort, null, Resting.atOnce());
    }

    /**
     * The same, with the searches typed in the search prompt handed to {@code searches} (a test
     * runs them when it chooses, and posts their results with {@link #post}; null runs them at
     * once), and the work for quiet moments to {@code resting} (a test runs it when it chooses).
     */
    static App direct(Terminal terminal, Library library, UrlSaver saver, Map<String, String> env,
                      java.util.function.Function<String, String> opener, Config config,
                      java.util.function.Function<dev.lede.model.Sort, String> rememberSort,
                      java.util.function.Consumer<Supplier<Msg>> searches, Resting resting) {
        Inbox queue = new Inbox();
        Effects effects = new Effects() {
            @Override
            public void write(Supplier<Msg> work) {
                offer(queue, work);
            }

            @Override
            public void background(Supplier<Msg> work) {
                offer(queue, work);
            }

            @Override
            public void post(Msg msg) {
                queue.add(msg);
            }

            @Override
            public void search(Supplier<Msg> work) {
                if (searches == null) {
                    offer(queue, work);
                } else {
                    searches.accept(work);
                }
            }
        };
        Screens screens = new Screens(library, KeyMap.defaults().with(config), effects, saver, opener, config, rememberSort);
        terminal.addResizeListener((t, size) -> queue.add(new Msg.Resize(size.getColumns(), size.getRows())));
        return new App(terminal, new Update(screens), new View(screens), new Painter(Theme.named(config.theme(), env)), queue,
                new java.util.concurrent.ConcurrentLinkedQueue<>(), resting);
    }

    private static void offer(Inbox queue, Supplier<Msg> work) {
        Msg result = result(work);
        if (result != null) {
            queue.add(result);
        }
    }

    /** What {@code work} gives, or a message saying it failed. */
    private static Msg result(Supplier<Msg> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Msg.Status("failed: " + message.replace('\n', ' '), true, true);
        }
    }

    /** Hands the UI a message, as work done off the UI thread does (for tests). */
    void post(Msg msg) {
        queue.add(msg);
    }

    /** Tells the reader that another process changed the library, so the list reloads. */
    public void libraryChanged() {
        queue.add(new Msg.LibraryChanged());
    }

    /** Draws the first frame (the painter clears the terminal first). */
    public void start() throws IOException {
        TerminalSize size = terminal.getTerminalSize();
        model = update.init(size.getColumns(), size.getRows());
        draw();
    }

    /**
     * Runs, off screen, the keys a reader most likely presses first (the cursor down the
     * list, Enter, a page down), so that their code is loaded and compiled before the first
     * real key: in a new process the first keys took about 20 ms each and opening an article
     * 20-40 ms, later 1-2 ms. It runs beside the UI thread on screens of its own, whose
     * effects are dropped ({@link Screens#withoutEffects}): it only reads from the library
     * (the same statements on the same connection as the real keys, so that those are
     * prepared too), starts no search or write, and paints with a painter of its own. The
     * article under the cursor is laid out for Enter on the way.
     *
     * <p>A key's own methods run once a key, and the JIT compiles a method after 100-200
     * calls: with 20 rounds, the code of a page down still ran interpreted on the first real
     * keys (0.2 ms to draw a page instead of 0.06). So each key that runs per line or per
     * letter gets {@link #REHEARSALS} rounds (moving in the list, paging in the article, typing
     * in the prompt); opening an article, whose reads are the same each time, gets two, and the
     * search its own time budget: about 50 ms of one core in all, right after the first frame,
     * giving way to real keys between rounds.
     */
    void rehearse() throws IOException {
        Screens offStage = this.update.rehearsalScreens();
        Update offUpdate = new Update(offStage);
        View offView = new View(offStage);
        Model start = model;
        Painter offPainter = painter.sameTheme();
        Terminal offScreen = new OffScreen(new TerminalSize(start.cols(), start.rows()));
        Model moved = start;
        for (int round = 0; round < REHEARSALS && giveWay(); round++) {
            // The key runs as the UI thread runs it, on a model of its own.
            moved = offUpdate.update(moved, new Msg.Key(round % 8 < 6 ? "j" : "k"));
            offPainter.paint(offScreen, offView.render(moved), moved.cols());
        }
        // Opened twice: the first lays the article out, the second finds it laid out, as a first
        // Enter does after the list rested. Opening reads the same rows each time: more rounds
        // would only repeat those reads (a key's methods that matter run per line, in the page downs).
        Model reading = null;
        for (int round = 0; round < 2 && giveWay(); round++) {
            Model opened = offUpdate.update(start, new Msg.Key("Enter")); // its read mark is dropped with the effects
            reading = opened.screen() == Screen.READER ? opened : null;
            if (reading != null) {
                offPainter.invalidate(); // opening an article draws the whole screen
                offPainter.paint(offScreen, offView.render(reading), reading.cols());
            }
        }
        for (int round = 0; reading != null && round < REHEARSALS && giveWay(); round++) {
            reading = offUpdate.update(reading, new Msg.Key(round % 4 == 3 ? "Home" : "PgDn"));
            offPainter.paint(offScreen, offView.render(reading), reading.cols());
        }
        if (!giveWay()) {
            return; // the reader is closing
        }
        Model found = rehearseSearch(offUpdate, offView, offPainter, offScreen, start);
        // Letters typed and erased in the search prompt over those results, each echoed as
        // the UI thread echoes it (the searches they ask for are dropped with the effects), then Enter,
        // which searches for a word no article has, and Esc.
        Model searching = offUpdate.update(found != null ? found : start, new Msg.Key("/"));
        for (int round = 0; round < REHEARSALS && giveWay(); round++) {
            String key = round % 5 == 4 ? "Backspace" : String.valueOf("zqxj".charAt(round % 5));
            searching = offUpdate.update(searching, new Msg.Key(key));
            offPainter.paint(offScreen, offView.render(searching), searching.cols());
        }
        for (String key : List.of("Enter", "Esc")) {
            if (!giveWay()) {
                return;
            }
            searching = offUpdate.update(searching, new Msg.Key(key));
            offPainter.paint(offScreen, offView.render(searching), searching.cols());
        }
    }

    /**
     * A few rounds of a search with results, for the rarest-looking word of the first title
     * (its ranking and snippets ran interpreted on the first real search; the snippets read a
     * whole body a row); the last results, or null when there were none. A search holds the
     * store's lock while it runs, and a real key waits for it: the word is the title's longest
     * (a word every title has, such as the bench's "Report", took 80 ms at 100,000 articles;
     * its longest word, found in a few thousand, 5 ms), no round starts that would end past a
     * tenth of a second by the last round's time, and a key that came meanwhile goes first
     * ({@link #giveWay}).
     */
    private Model rehearseSearch(Update offUpdate, View offView, Painter offPainter, Terminal offScreen, Model start)
            throws IOException {
        long until = System.nanoTime() + 100_000_000L;
        Model found = null;
        for (int round = 0; round < 10 && giveWay(); round++) {
            long began = System.nanoTime();
            Model results = offUpdate.rehearsalSearch(start);
            if (results == null) {
                break;
            }
            found = results;
            offPainter.paint(offScreen, offView.render(found), found.cols());
            long now = System.nanoTime();
            if (now + (now - began) > until) {
                break;
            }
        }
        return found;
    }

    /**
     * Waits, between two rounds of the rehearsal, while a real key or other message waits or
     * is being handled: the key then has the store's lock and a core to itself (on a busy
     * machine, Enter pressed in the rehearsal's first tenth of a second took twice as long as
     * without a rehearsal). At most 50 ms a round: a message nobody takes (a test driving the
     * reader step by step) holds it up no longer. False when the reader stopped: the rehearsal ends.
     */
    private boolean giveWay() {
        long until = System.nanoTime() + 50_000_000L;
        while (!stopped && (handling.get() || !queue.isEmpty()) && System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(200_000);
        }
        return !stopped;
    }

    /**
     * Handles every message waiting now and every key the terminal has, one key at a time as
     * the input thread hands them in, drawing after each; for tests and benchmarks, which
     * drive the reader step by step. An error of the handling is thrown here.
     */
    public void pump() throws IOException {
        handleWaiting();
        KeyStroke key;
        while ((key = terminal.pollInput()) != null) {
            queue.addQuietly(new Msg.Key(Keys.name(key)));
            handleWaiting();
        }
        if (failed instanceof IOException e) {
            throw e;
        } else if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        }
    }

    private void startAfterFrame() {
        Runnable work;
        while ((work = afterFrame.poll()) != null) {
            work.run();
        }
    }

    /**
     * A result of work done off the UI thread, handled on the thread that did the work when no
     * thread is handling messages (as {@link #key} does for keys), else left to the one that is.
     */
    void handOver(Msg msg) {
        if (msg != null) {
            queue.addQuietly(msg);
            handleWaiting();
        }
    }

    public Model model() {
        return model;
    }

    /** The articles laid out for the reader (for tests). */
    ArticleLayouts layouts() {
        return update.layouts();
    }

    private void drain() {
        Msg msg;
        while ((msg = queue.poll()) != null) {
            handle(msg);
        }
    }

    private void handle(Msg msg) {
        model = update.update(model, msg);
    }

    private void draw() throws IOException {
        Frame frame = view.render(model);
        boolean full = model.redraws() != paintedRedraws || painted == null
                || painted.lines().size() != frame.lines().size() || paintedCols != model.cols();
        if (!full && frame.equals(painted)) {
            return;
        }
        if (full) {
            painter.invalidate();
        }
        painter.paint(terminal, frame, model.cols());
        painted = frame;
        paintedCols = model.cols();
        paintedRedraws = model.redraws();
    }

    /**
     * Waits for the library; when it is being upgraded from an older Lede (minutes on a large
     * one), says so on the otherwise empty screen rather than leaving it blank.
     */
    private static Library awaitOpening(Future<Library> opening, Supplier<String> upgrading, Terminal terminal)
            throws ExecutionException, InterruptedException, IOException {
        boolean told = false;
        while (true) {
            try {
                return opening.get(100, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                String notice = upgrading.get();
                if (!told && notice != null) {
                    terminal.setCursorPosition(0, 0);
                    terminal.putString(" " + notice);
                    terminal.flush();
                    told = true;
                }
            }
        }
    }

    /**
     * Runs the reader on the real terminal until the user quits. The terminal is restored on
     * every way out; a crash is reported on {@code err} after the screen has closed.
     *
     * @param opening the library, opening on another thread while the terminal is set up
     * @param upgrading a line to show while the library waits for a long upgrade, or null
     *                (both take a good part of the start-up time)
     * @param saver   what the {@code a} key calls, given the opened library
     * @return the exit code
     */
    public static int run(Future<Library> opening, Supplier<String> upgrading, Function<Library, UrlSaver> saver, Map<String, String> env,
                          Config config, PrintWriter err) {
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("lede-writer"));
        ExecutorService background = Executors.newFixedThreadPool(2, daemon("lede-background"));
        // Searches as you type get a thread of their own: slow start-up work in the background
        // pool (readying related stories on a large library) must not hold up results.
        ExecutorService search = Executors.newSingleThreadExecutor(daemon("lede-search"));
        Inbox queue = new Inbox();
        java.util.Queue<Runnable> afterFrame = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicReference<App> running = new java.util.concurrent.atomic.AtomicReference<>();
        Effects effects = new Effects() {
            @Override
            public void write(Supplier<Msg> work) {
                writer.execute(() -> offer(queue, work));
            }

            @Override
            public void background(Supplier<Msg> work) {
                background.execute(() -> offer(queue, work));
            }

            @Override
            public void post(Msg msg) {
                queue.add(msg);
            }

            @Override
            public void search(Supplier<Msg> work) {
                // Started once the frame showing the letter is written, so that the search
                // never competes with it for the CPU; its results are drawn by the search
                // thread itself when the UI is idle (no wake-up of the UI thread).
                afterFrame.add(() -> search.execute(() -> {
                    Msg result = result(work);
                    App app = running.get();
                    if (app != null) {
                        app.handOver(result);
                    } else if (result != null) {
                        queue.add(result);
                    }
                }));
            }
        };
        KeyMap keys;
        try {
            keys = KeyMap.defaults().with(config);
        } catch (ConfigException e) {
            err.println("lede: " + e.getMessage());
            return 2;
        }
        Browser browser = new Browser(env, config.browser());
        Throwable failure = null;
        String cancelled = "";
        boolean opened = false;
        LedeTerminal terminal = null;
        try {
            // The terminal is set up while the library opens on the other thread.
            terminal = new LedeTerminal();
            // Asked once before anything listens: Lanterna reports the first size it learns
            // as a resize, which would redraw the whole first screen a second time.
            terminal.getTerminalSize();
            terminal.enterPrivateMode();
            terminal.setCursorVisible(false);
            Painter painter = new Painter(Theme.named(config.theme(), env));
            Library library;
            try {
                library = awaitOpening(opening, upgrading, terminal);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
            opened = true;
            Screens screens = new Screens(library, keys, effects, saver.apply(library), browser::open, config,
                    sort -> rememberSort(env, sort));
            App app = new App(terminal, new Update(screens), new View(screens), painter, queue, afterFrame,
                    Resting.quiet());
            running.set(app);
            terminal.addResizeListener((t, size) -> queue.add(new Msg.Resize(size.getColumns(), size.getRows())));
            app.start();
            background.execute(() -> {
                try {
                    app.rehearse();
                } catch (IOException | RuntimeException e) {
                    // only a warm-up: the real keys work the same without it
                }
            });
            watch(library, app, background);
            // Related stories are readied now, off the UI thread, instead of on the first 'r'
            // (terms of articles from an older library, document frequencies).
            background.execute(() -> {
                try {
                    library.prepareRelated();
                } catch (RuntimeException e) {
                    // the first related lookup tries again and reports
                }
            });
            KeyReader input = terminal.keys();
            Thread reader = new Thread(() -> {
                try {
                    while (true) {
                        String key = input.next();
                        app.key(new Msg.Key(key));
                        if ("EOF".equals(key)) {
                            return;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    queue.add(new Msg.Key("EOF"));
                }
            }, "lede-input");
            reader.setDaemon(true);
            reader.start();
            app.loop();
            cancelled = cancelledSaves(app.model());
        } catch (Throwable t) {
            failure = t;
        } finally {
            writer.shutdown();
            background.shutdownNow();
            search.shutdownNow();
            try {
                // let the last writes (reading position) land before the process ends
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (terminal != null) {
                try {
                    terminal.exitPrivateMode();
                } catch (IOException | RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
        }
        if (!cancelled.isEmpty()) {
            err.println(cancelled);
            err.flush();
        }
        if (failure != null && !opened) {
            // the library could not be opened: its message already says what to do
            err.println("lede: " + failure.getMessage());
            return 1;
        }
        if (failure != null) {
            err.println("lede: the reader stopped on an unexpected error: " + failure);
            failure.printStackTrace(err);
            err.flush();
            return 1;
        }
        return 0;
    }

    /** Writes the list's order into the config file, for the next start; returns an error to show, or null. */
    private static String rememberSort(Map<String, String> env, dev.lede.model.Sort sort) {
        try {
            ConfigFile.remember(env, "sort", sort.word());
            return null;
        } catch (java.io.IOException | RuntimeException e) {
            return "cannot remember the order in " + ConfigFile.path(env) + ": " + e.getMessage();
        }
    }

    /** What to say on the terminal after quitting with saves still running, or empty. */
    static String cancelledSaves(Model m) {
        if (m.saving().isEmpty()) {
            return "";
        }
        int n = m.saving().size();
        StringBuilder out = new StringBuilder("lede: " + n + (n == 1 ? " save" : " saves") + " cancelled; lede add saves again:");
        for (String url : m.saving()) {
            out.append("\n  ").append(dev.lede.render.TerminalText.clean(url));
        }
        return out.toString();
    }

    /**
     * Runs on the UI thread until the user quits; an error on the thread that handled a key is
     * thrown here. Between messages it does the work for quiet moments once it is due.
     */
    void loop() throws Throwable {
        while (!stopped) {
            handleWaiting();
            if (!stopped) {
                // set before looking, so that work noted meanwhile by a key's thread wakes this one
                sleeping = true;
                long due = resting.dueIn();
                if (due < 0) {
                    queue.await();
                }
                sleeping = false;
                if (due > 0) {
                    queue.await(due);
                } else if (due == 0) {
                    resting.runDue();
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * A key read on the input thread: handled there at once when no thread is handling
     * messages (the usual case: the reader waits for keys), else left to the thread that is,
     * which looks at the queue again before it lets go. Saves waking the UI thread for the
     * key, about 0.1 ms of a 1 ms key.
     */
    void key(Msg.Key key) {
        queue.addQuietly(key);
        handleWaiting();
    }

    /**
     * Handles what waits in the queue and draws, on the calling thread, while no other thread
     * does; looks again after letting go, so that nothing added meanwhile is left waiting.
     * The one way messages are handled: by the UI thread's loop, the input thread's keys,
     * the search thread's results and {@link #pump}.
     */
    private void handleWaiting() {
        while (!stopped && !queue.isEmpty() && handling.compareAndSet(false, true)) {
            if (stopped) {
                // quit by the thread that let go meanwhile: the terminal may be closing
                handling.set(false);
                break;
            }
            try {
                resting.stir();
                drain();
                if (model.quit()) {
                    stopped = true;
                } else {
                    draw();
                    startAfterFrame();
                    Runnable rest = queue.isEmpty() ? update.idle(model) : null;
                    if (rest != null) {
                        resting.after(rest);
                        if (sleeping) {
                            queue.wake(); // to wait for the quiet moment instead
                        }
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                failed = e;
                stopped = true;
            } finally {
                handling.set(false);
            }
            if (stopped) {
                queue.wake(); // the UI thread returns from the loop
            }
        }
    }

    /**
     * Polls the library's change counter once a second (a cheap pragma) so that articles a
     * CLI process saves show up in the open list without a key press.
     */
    private static void watch(Library library, App app, ExecutorService background) {
        java.util.concurrent.ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(daemon("lede-watch"));
        long[] seen = {library.externalVersion()};
        timer.scheduleWithFixedDelay(() -> {
            if (background.isShutdown()) {
                timer.shutdown();
                return;
            }
            try {
                long now = library.externalVersion();
                if (now != seen[0]) {
                    seen[0] = now;
                    app.libraryChanged();
                }
            } catch (RuntimeException e) {
                // the library is busy or closing: try again on the next tick
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
