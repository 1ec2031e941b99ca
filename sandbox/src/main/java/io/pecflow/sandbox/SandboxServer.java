package io.pecflow.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK HttpServer with one virtual thread per exchange. */
final class SandboxServer implements AutoCloseable {

    private static final int BACKLOG = 4096;

    private final HttpServer server;
    private final ExecutorService executor;

    private SandboxServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * @param contexts a handler for each path prefix; the longest prefix that matches a request wins
     */
    static SandboxServer start(SandboxOptions options, Map<String, HttpHandler> contexts) {
        tuneHttpServer();
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), BACKLOG);
            server.setExecutor(executor);
            contexts.forEach(server::createContext);
            server.start();
            return new SandboxServer(server, executor);
        } catch (IOException e) {
            executor.close();
            throw new UncheckedIOException("cannot listen on " + options.bindAddress() + ":" + options.port(), e);
        }
    }

    /**
     * The JDK server reads these once, when its first instance is created, so they are set here unless
     * already given: it would close keep-alive connections beyond 200 idle ones, and idle ones after 30 s,
     * which a client with a large pool sees as lost responses; without TCP_NODELAY small answers can
     * wait for delayed ACKs.
     */
    private static void tuneHttpServer() {
        setIfAbsent("sun.net.httpserver.maxIdleConnections", "20000");
        setIfAbsent("sun.net.httpserver.idleInterval", "300");
        setIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A URL clients can use: a wildcard bind address is reached through the loopback address. */
    URI baseUrl() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (address instanceof Inet6Address && !address.isAnyLocalAddress()) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
