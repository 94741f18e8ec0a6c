package io.innovation.pipeline.gateway.config;

import io.innovation.pipeline.gateway.instances.InstanceQuarantine;
import io.innovation.pipeline.gateway.instances.SentOnceRetryPolicy;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancerRetryPolicy;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the gateway reaches the instances of each back-end: Spring Cloud LoadBalancer, round robin over the
 * configured URLs ({@link BackendLoadBalancer}), through the library's {@code RetryableLoadBalancerExchangeFilterFunction}
 * ({@code spring.cloud.loadbalancer.retry.enabled=true}) with this gateway's retry policy and quarantine.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = BackendLoadBalancer.class)
public class LoadBalancingConfiguration {

    /** Replaces the library's policy, which would also resend a command after an I/O error once it was sent. */
    @Bean
    LoadBalancerRetryPolicy.Factory sentOnceRetryPolicy(ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers) {
        return serviceId -> new SentOnceRetryPolicy(loadBalancers.getProperties(serviceId));
    }

    /** A lifecycle bean: the load balancer reports every attempt's outcome to it. The clock is replaceable for tests. */
    @Bean
    InstanceQuarantine instanceQuarantine(GatewayProperties properties, ObjectProvider<Clock> clock) {
        return new InstanceQuarantine(properties.instanceQuarantine(), clock.getIfAvailable(Clock::systemUTC));
    }
}
