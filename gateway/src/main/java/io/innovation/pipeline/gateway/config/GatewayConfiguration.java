package io.innovation.pipeline.gateway.config;

import io.innovation.pipeline.gateway.compose.Part;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewayProperties.class, BreakerProperties.class})
public class GatewayConfiguration {

    /**
     * Built from Boot's builder so the clients get its codecs, connector settings and HTTP client observations
     * (metrics). Each client calls its back-end by service id ({@code http://idea-service}); the load-balancing
     * filter picks an instance for every attempt (see {@link LoadBalancingConfiguration}).
     */
    @Bean
    Backends backends(WebClient.Builder builder, LoadBalancedExchangeFilterFunction loadBalancing, BackendBreakers breakers) {
        return new Backends(
                client(builder, loadBalancing, breakers, Part.IDEA),
                client(builder, loadBalancing, breakers, Part.EVALUATION),
                client(builder, loadBalancing, breakers, Part.ROADMAP));
    }

    @Bean
    BackendBreakers backendBreakers(BreakerProperties breaker, GatewayProperties properties, MeterRegistry meters) {
        return new BackendBreakers(breaker, properties, meters);
    }

    /** The breaker's filter first, so that it sees each call once, whatever the load balancer retried within it. */
    private static WebClient client(WebClient.Builder builder, LoadBalancedExchangeFilterFunction loadBalancing,
                                    BackendBreakers breakers, Part backEnd) {
        return builder.clone().baseUrl("http://" + backEnd.service())
                .filter(breakers.filter(backEnd))
                .filter(loadBalancing)
                .build();
    }
}
