package io.innovation.pipeline.gateway.instances;

import java.util.Set;
import org.springframework.cloud.client.loadbalancer.LoadBalancerProperties;
import org.springframework.cloud.client.loadbalancer.reactive.RetryableExchangeFilterFunctionLoadBalancerRetryPolicy;
import org.springframework.cloud.client.loadbalancer.reactive.RetryableStatusCodeException;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Which failed calls Spring Cloud LoadBalancer's {@code RetryableLoadBalancerExchangeFilterFunction} sends again,
 * to another instance: a read after any I/O failure (refused, reset, closed before the answer), a command only
 * when no connection could be made, so a command that reached a back-end is never sent twice. The library's
 * own policy judges exceptions by type alone, whatever the method; this one also looks at the method, which
 * WebClient records in the {@link WebClientRequestException} it raises for every failure before an answer.
 *
 * <p>Retry counts and status-code retries stay as configured ({@code spring.cloud.loadbalancer.retry.*}); the
 * status codes retried are none by default, and then only for GET.
 */
public class SentOnceRetryPolicy extends RetryableExchangeFilterFunctionLoadBalancerRetryPolicy {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    public SentOnceRetryPolicy(LoadBalancerProperties properties) {
        super(properties);
    }

    @Override
    public boolean retryableException(Throwable error) {
        if (error instanceof RetryableStatusCodeException
                || error instanceof org.springframework.cloud.client.loadbalancer.RetryableStatusCodeException) {
            return true; // raised by the filter for a status code configured as retryable
        }
        if (!(error instanceof WebClientRequestException failed)) {
            // the filter also asks about the cause alone, which no longer says which method failed
            return false;
        }
        return READS.contains(failed.getMethod())
                ? ConnectionFailures.inputOutput(failed)
                : ConnectionFailures.neverSent(failed);
    }
}
