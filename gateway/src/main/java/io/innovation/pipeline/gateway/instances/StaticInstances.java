package io.innovation.pipeline.gateway.instances;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * The instances of a service as configured: a fixed list of URLs, no discovery. One URL is one instance, which
 * may itself be a Kubernetes Service in front of many pods.
 */
public final class StaticInstances implements ServiceInstanceListSupplier {

    private final String serviceId;
    private final List<ServiceInstance> instances;

    public StaticInstances(String serviceId, List<URI> urls) {
        this.serviceId = serviceId;
        this.instances = urls.stream().map(url -> instance(serviceId, url)).toList();
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.just(instances);
    }

    private static ServiceInstance instance(String serviceId, URI url) {
        boolean secure = url.getScheme().toLowerCase(Locale.ROOT).equals("https");
        int port = url.getPort() != -1 ? url.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(url.getHost() + ":" + port, serviceId, url.getHost(), port, secure);
    }
}
