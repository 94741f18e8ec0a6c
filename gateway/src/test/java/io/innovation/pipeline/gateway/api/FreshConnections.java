package io.innovation.pipeline.gateway.api;

import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A test client of the gateway that opens a new connection for every request, as the browser-session tests need:
 * with the auto-configured client, a request on a reused pooled connection now and then got no answer at all
 * (OidcBrowserSignInTest under load: 2 of 3 runs hung 30 s on one request, with every thread of the JVM idle;
 * 0 of 6 with a new connection each). Where the answer was lost was not found; it was never seen from a browser.
 */
final class FreshConnections {

    /** A bound, not a timing: the first request of a cold context on the loaded 2-core machine took up to 4 s. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    private FreshConnections() {
    }

    static WebTestClient toGatewayAt(int port) {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(BOUND)
                .build();
    }
}
