package dev.lede.cli;

import dev.lede.interop.FeedEntry;
import dev.lede.interop.NewsboatUrls;
import dev.lede.interop.Opml;
import dev.lede.library.Feeds;
import dev.lede.library.Library;
import dev.lede.render.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code lede import} of subscription lists: OPML files and newsboat's {@code urls} file. */
final class SubscriptionImport {
    private SubscriptionImport() {
    }

    /**
     * Subscribes to the feeds {@code file} lists when it is a subscription list, and returns
     * the exit code; null when it is not one (the file import then takes it).
     */
    static Integer run(Cli cli, List<Path> paths, List<String> tags) throws IOException {
        if (paths.size() != 1 || !Files.isRegularFile(paths.get(0)) || Files.size(paths.get(0)) > 20L << 20) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(paths.get(0));
        List<FeedEntry> entries;
        if (Opml.looksLikeOpml(bytes)) {
            entries = Opml.read(bytes);
        } else if (NewsboatUrls.looksLikeUrls(bytes)) {
            entries = NewsboatUrls.read(bytes);
        } else {
            return null;
        }
        try (Library library = cli.openLibrary()) {
            return subscribe(cli, library, entries, tags) > 0 ? 1 : 0;
        }
    }

    /** Subscribes to {@code entries}, one line each and a summary; the number that failed. */
    static int subscribe(Cli cli, Library library, List<FeedEntry> entries, List<String> tags) {
        int subscribed = 0;
        int already = 0;
        int failed = 0;
        List<Feeds.Subscription> outcomes = library.feeds().importAll(entries, tags);
        for (int i = 0; i < outcomes.size(); i++) {
            Feeds.Subscription s = outcomes.get(i);
            cli.out.println(TerminalText.line(dev.lede.library.UrlNormalizer.withoutUserInfo(entries.get(i).url())) + ": "
                    + TerminalText.line(s.message()));
            if (s instanceof Feeds.Subscribed) {
                subscribed++;
            } else if (s instanceof Feeds.AlreadySubscribed) {
                already++;
            } else {
                failed++;
            }
        }
        cli.out.printf("subscribed %d, already subscribed %d, failed %d; 'lede refresh' fetches them%n",
                subscribed, already, failed);
        return failed;
    }
}
