package io.innovation.pipeline.gateway.instances;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.loadbalancer.LoadBalancerProperties;
import org.springframework.cloud.client.loadbalancer.reactive.RetryableStatusCodeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.netty.http.client.PrematureCloseException;

class SentOnceRetryPolicyTest {

    final SentOnceRetryPolicy policy = new SentOnceRetryPolicy(new LoadBalancerProperties());

    @Test
    void retriesAReadAfterAnyInputOutputFailure() {
        assertThat(policy.retryableException(failed(HttpMethod.GET, new ConnectException("Connection refused")))).isTrue();
        assertThat(policy.retryableException(failed(HttpMethod.GET, new IOException("Connection reset by peer")))).isTrue();
        assertThat(policy.retryableException(failed(HttpMethod.GET, PrematureCloseException.TEST_EXCEPTION))).isTrue();
    }

    @Test
    void retriesACommandOnlyWhenNoConnectionWasMade() {
        assertThat(policy.retryableException(failed(HttpMethod.POST, new ConnectException("Connection refused")))).isTrue();
        assertThat(policy.retryableException(failed(HttpMethod.POST, new ConnectTimeoutException("timed out")))).isTrue();
        assertThat(policy.retryableException(failed(HttpMethod.POST, new UnknownHostException("idea-service")))).isTrue();

        assertThat(policy.retryableException(failed(HttpMethod.POST, new IOException("Connection reset by peer")))).isFalse();
        assertThat(policy.retryableException(failed(HttpMethod.POST, PrematureCloseException.TEST_EXCEPTION))).isFalse();
        assertThat(policy.retryableException(failed(HttpMethod.PUT, PrematureCloseException.TEST_EXCEPTION))).isFalse();
    }

    /** The load-balancing filter also asks about a failure's cause alone, which no longer tells the method. */
    @Test
    void doesNotRetryOnAFailureThatDoesNotSayWhichRequestFailed() {
        assertThat(policy.retryableException(new ConnectException("Connection refused"))).isFalse();
        assertThat(policy.retryableException(new IOException("Connection reset by peer"))).isFalse();
        assertThat(policy.retryableException(new IllegalStateException("no"))).isFalse();
    }

    @Test
    void keepsRetryingOnTheStatusCodesConfiguredAsRetryable() {
        assertThat(policy.retryableException(new RetryableStatusCodeException())).isTrue();
        assertThat(policy.retryableStatusCode(503)).isFalse(); // none configured by default
        assertThat(policy.canRetryOnMethod(HttpMethod.POST)).isFalse();
    }

    private static WebClientRequestException failed(HttpMethod method, Throwable cause) {
        return new WebClientRequestException(cause, method, URI.create("http://127.0.0.1:8081/ideas"), new HttpHeaders());
    }
}
