package io.innovation.pipeline.gateway.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a back-end: a real HTTP server on 127.0.0.1 with canned answers keyed by method and
 * request target. Anything not set up answers 404 problem+json, as a back-end with no data does. It can
 * be taken down (connections are refused), made to hang, or made to drop the connection once it has read a
 * request, to show how the gateway copes with each.
 */
final class StubBackend {

    /** A request as the stub received it. */
    record Received(String method, String target, Headers headers, String body) {}

    /** Ends an outage: the server listens again on its port. */
    interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    private record Answer(int status, String contentType, String body, Map<String, String> headers) {}

    private static final Answer NO_DATA =
            new Answer(404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}", Map.of());

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final Set<String> dropping = ConcurrentHashMap.newKeySet();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    // handlers run on their own threads so that a hanging one does not hold up the others
    private final ExecutorService handlers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "stub-backend");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CountDownLatch releaseHanging = new CountDownLatch(1);
    private volatile HttpServer server;
    private final int port;

    StubBackend() {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void answer(String method, String target, int status, String contentType, String body, Map<String, String> headers) {
        answers.put(method + " " + target, new Answer(status, contentType, body, headers));
    }

    void answerJson(String target, String json) {
        answer("GET", target, 200, "application/json", json, Map.of());
    }

    /** Requests to {@code target} get no answer until {@link #reset()}. */
    void hang(String method, String target) {
        hanging.add(method + " " + target);
    }

    /** Requests to {@code target} are read, then their connection is closed without an answer, until {@link #reset()}. */
    void drop(String method, String target) {
        dropping.add(method + " " + target);
    }

    /** Stops listening until the outage is closed: meanwhile connections are refused. */
    Outage down() {
        server.stop(0);
        return () -> server = listen(port);
    }

    List<Received> received() {
        return received;
    }

    void reset() {
        answers.clear();
        hanging.clear();
        dropping.clear();
        received.clear();
        releaseHanging.countDown();
        releaseHanging = new CountDownLatch(1);
    }

    private HttpServer listen(int port) {
        try {
            HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            listening.setExecutor(handlers);
            listening.createContext("/", this::handle);
            listening.start();
            return listening;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), UTF_8)));
        if (dropping.contains(key)) {
            exchange.close(); // before any response header: the connection is closed
            return;
        }
        if (hanging.contains(key)) {
            awaitRelease();
            exchange.close();
            return;
        }
        Answer answer = answers.getOrDefault(key, NO_DATA);
        byte[] body = answer.body().getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void awaitRelease() {
        try {
            releaseHanging.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
