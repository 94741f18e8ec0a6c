package io.innovation.pipeline.gateway.instances;

import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/** Offers the load balancer only the instances of a service that are not in {@link InstanceQuarantine}. */
public class ReachableInstances extends DelegatingServiceInstanceListSupplier {

    private final InstanceQuarantine quarantine;

    public ReachableInstances(ServiceInstanceListSupplier delegate, InstanceQuarantine quarantine) {
        super(delegate);
        this.quarantine = quarantine;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return delegate.get().map(quarantine::reachable);
    }

    @Override
    public Flux<List<ServiceInstance>> get(Request request) {
        return delegate.get(request).map(quarantine::reachable);
    }
}
