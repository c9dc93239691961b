package dev.lede.cli;

import dev.lede.library.Library;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code lede}: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        chooseLocaleProviders();
        // Most commands open the library: ready SQLite on the other core meanwhile.
        Thread warmUp = new Thread(() -> {
            try {
                Library.warmUp();
            } catch (Throwable ignored) {
                // A command that ends first exits while this still loads SQLite (its loader then
                // fails with "Shutdown in progress"): nothing to report, the command has spoken.
            }
        }, "lede-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, System.in, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Asks for the locale data Lede starts quickest with, before anything asks for locale data.
     * JDK 17's older locale provider builds the calendar and number data that every start
     * needs (the SQLite driver's date format, Lanterna's colour names) in about half the time
     * of the CLDR one (lede list: ~20 ms less CPU). Lede prints no month names or localized
     * numbers, so nothing on screen changes. JDK 21 warns about that provider and JDK 23
     * dropped it; from 23 on, asking for installed providers only ("SPI": none are) leaves
     * the JDK's built-in root-locale data, which has English names and plain numbers: the
     * driver's calendar takes 7 ms instead of 18 (JDK 25). JDK 21 and 22 keep CLDR.
     */
    static void chooseLocaleProviders() {
        String providers = localeProviders(Runtime.version().feature(), System.getProperty("java.locale.providers"));
        if (providers != null) {
            System.setProperty("java.locale.providers", providers);
        }
    }

    /** The locale providers to ask for on JDK {@code feature}, or null to leave them as they are ({@code set}). */
    static String localeProviders(int feature, String set) {
        if (set != null) {
            return null;
        }
        return feature < 21 ? "COMPAT,CLDR" : feature >= 23 ? "SPI" : null;
    }
}
