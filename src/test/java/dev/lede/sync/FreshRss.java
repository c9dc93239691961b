package dev.lede.sync;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real FreshRSS that {@code .ci/run} starts ({@code ../shared/servers/freshrss-up.sh}) and
 * names in {@code FRESHRSS_URL}, {@code FRESHRSS_USER} and {@code FRESHRSS_PASSWORD}. Tests that
 * need it are skipped, with a message saying so, when those are not set.
 */
public final class FreshRss {
    public final String url;
    public final String user;
    public final String password;

    private FreshRss(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The server, or the test is skipped (with a message) when there is none. */
    public static FreshRss require() {
        String url = System.getenv("FRESHRSS_URL");
        if (url == null || url.isBlank()) {
            System.err.println("SKIPPED: FreshRSS integration test; set FRESHRSS_URL, FRESHRSS_USER and"
                    + " FRESHRSS_PASSWORD (.ci/run starts a server with ../shared/servers/freshrss-up.sh)");
        }
        assumeTrue(url != null && !url.isBlank(),
                "FRESHRSS_URL is not set: FreshRSS integration tests skipped (.ci/run starts one)");
        return new FreshRss(url, System.getenv().getOrDefault("FRESHRSS_USER", "lede"),
                System.getenv().getOrDefault("FRESHRSS_PASSWORD", ""));
    }

    /** A client acting as another app on the same account (a phone, say). */
    public ReaderClient phone() {
        return new ReaderClient(url, user, password, null, null);
    }
}
