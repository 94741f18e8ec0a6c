package io.innovation.pipeline.platform.config;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * {@code /actuator/info} → {@code bindings}: each binding's destination topic. The Kafka Streams binder's
 * {@code /actuator/bindings} lists the bindings and their state but not where they point; this shows that.
 */
class BindingDestinationsInfo implements InfoContributor {
    private final BindingServiceProperties bindings;

    BindingDestinationsInfo(BindingServiceProperties bindings) {
        this.bindings = bindings;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, String> destinations = new TreeMap<>();
        bindings.getBindings().keySet().forEach(name -> destinations.put(name, bindings.getBindingDestination(name)));
        builder.withDetail("bindings", destinations);
    }
}
