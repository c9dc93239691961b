package dev.lede.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness: at most a few requests at a time to one host, however many threads fetch.
 * {@code try (HostLimiter.Permit p = limiter.acquire(url)) { ... }}.
 */
public final class HostLimiter {
    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

    public HostLimiter(int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("perHost must be at least 1: " + perHost);
        }
        this.perHost = perHost;
    }

    /** A held slot for one host; closing it frees the slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a free slot on the host of {@code url} (a URL without a host shares one slot set). */
    public Permit acquire(String url) throws InterruptedException {
        Semaphore semaphore = hosts.computeIfAbsent(host(url), h -> new Semaphore(perHost, true));
        semaphore.acquire();
        return semaphore::release;
    }

    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
