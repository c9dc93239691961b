package dev.lede.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on 127.0.0.1 in front of a server, that a test can take down and bring up
 * again on the same port: the server "goes away" without being stopped.
 */
public final class Forwarder implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    /** Connections still let through before the forwarder goes down by itself; negative: no limit. */
    private final java.util.concurrent.atomic.AtomicInteger allowance = new java.util.concurrent.atomic.AtomicInteger(-1);

    public Forwarder(String targetUrl) throws IOException {
        URI u = URI.create(targetUrl);
        targetHost = u.getHost();
        targetPort = u.getPort();
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        up();
    }

    /** The target's URL with this forwarder's port. */
    public String url(String targetUrl) {
        return targetUrl.replace(":" + targetPort + "/", ":" + port + "/");
    }

    public synchronized void up() throws IOException {
        allowance.set(-1);
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = s;
        Thread accept = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    if (allowance.getAndDecrement() == 0) {
                        client.close();
                        s.close(); // the server "went away" mid-sync
                        return;
                    }
                    Socket server = new Socket(targetHost, targetPort);
                    open.add(client);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException e) {
                    return;
                }
            }
        }, "forwarder-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** Lets {@code connections} more connections through, then goes down (one request is one connection to PHP's server). */
    public void downAfter(int connections) {
        allowance.set(connections);
    }

    /** Refuses new connections and cuts the open ones. */
    public synchronized void down() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // a side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "forwarder-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        down();
    }
}
