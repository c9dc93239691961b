package dev.lede.cli;

import dev.lede.library.Library;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run that bin/lede records after a build, for the JVM's start-up cache (JDK
 * 25's ahead-of-time cache, JDK 17's class-data archive): the commands people run most, in
 * one process, on a scratch library in the folder given, so that one cache serves them all.
 * The reader needs a terminal and is trained on its own. Not one of lede's commands.
 *
 * <p>{@code java -cp lede.jar dev.lede.cli.Training FOLDER}
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp lede.jar dev.lede.cli.Training FOLDER");
            System.exit(2);
        }
        Main.chooseLocaleProviders();
        Library.warmUp();
        run(Path.of(args[0]));
        System.exit(0); // the refresh's pool threads would keep the JVM up a little longer
    }

    /** Runs the training commands in {@code dir}, leaving their library there. */
    static void run(Path dir) throws IOException {
        Files.createDirectories(dir);
        // JSON-LD in the page and 'list --json' bring the JSON library's classes in.
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Lede</title>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Lede\"}</script>"
                + "</head><body><article><h1>Lede</h1><p>A training run for the start-up cache, with enough"
                + " words to count as an article body.</p></article></body></html>");
        Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss><channel><title>Lede</title><item>"
                + "<title>Lede</title><link>http://127.0.0.1:9/a</link></item></channel></rss>");
        // A feed whose server refuses the connection: the refresh's and the HTTP client's classes.
        Path urls = Files.writeString(dir.resolve("urls"), "http://127.0.0.1:9/feed.xml\n");
        String p = page.toString();
        List<String[]> runs = List.of(
                new String[] {"import", p}, new String[] {"list"}, new String[] {"list", "--json"},
                new String[] {"list", "--snippets", "training"}, new String[] {"show", "1"},
                new String[] {"related", "1"}, new String[] {"stories"}, new String[] {"tag", "1", "training"},
                new String[] {"stats"}, new String[] {"feed", "show", "--json", feed.toString()},
                new String[] {"import", urls.toString()}, new String[] {"refresh"}, new String[] {"export"});
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (String[] run : runs) {
            List<String> line = new ArrayList<>(List.of("--db", dir.resolve("lede.db").toString()));
            line.addAll(List.of(run));
            // The config file of the scratch folder (none), not the user's: a broken one would
            // fail the commands and leave the cache without their classes.
            Cli.run(line.toArray(String[]::new), InputStream.nullInputStream(), nowhere, nowhere,
                    java.util.Map.of("XDG_CONFIG_HOME", dir.toString(), "HOME", dir.toString()));
        }
    }
}
