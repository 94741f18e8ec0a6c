package io.innovation.pipeline.gateway.config;

import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.instances.InstanceQuarantine;
import io.innovation.pipeline.gateway.instances.ReachableInstances;
import io.innovation.pipeline.gateway.instances.StaticInstances;
import java.util.Arrays;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ReactorLoadBalancer;
import org.springframework.cloud.loadbalancer.core.RoundRobinLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The load balancer of one back-end. Spring Cloud LoadBalancer builds a child context per service id (the host
 * of the gateway's call, e.g. {@code http://idea-service/ideas}) from this class, registered for all of them by
 * {@link LoadBalancingConfiguration}; so it is deliberately not a {@code @Configuration} that component
 * scanning would put in the main context. The gateway has no discovery service
 * ({@code spring.cloud.discovery.enabled=false}), so the library's discovery-based defaults do not apply and
 * both beans are given here.
 */
class BackendLoadBalancer {

    /** The configured instances, minus those in quarantine, minus the one that just failed when retrying. */
    @Bean
    ServiceInstanceListSupplier backendInstances(
            ConfigurableApplicationContext context, GatewayProperties properties, InstanceQuarantine quarantine) {
        String serviceId = serviceId(context.getEnvironment());
        Part backEnd = Arrays.stream(Part.values())
                .filter(part -> part.service().equals(serviceId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The gateway knows no back-end named " + serviceId));
        return ServiceInstanceListSupplier.builder()
                .withBase(new StaticInstances(serviceId, properties.urls(backEnd)))
                .with((ignored, delegate) -> new ReachableInstances(delegate, quarantine))
                .withRetryAwareness()
                .build(context);
    }

    @Bean
    ReactorLoadBalancer<ServiceInstance> roundRobin(Environment environment, LoadBalancerClientFactory factory) {
        String serviceId = serviceId(environment);
        return new RoundRobinLoadBalancer(factory.getLazyProvider(serviceId, ServiceInstanceListSupplier.class), serviceId);
    }

    private static String serviceId(Environment environment) {
        return LoadBalancerClientFactory.getName(environment);
    }
}
