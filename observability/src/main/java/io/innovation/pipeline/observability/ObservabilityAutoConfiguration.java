package io.innovation.pipeline.observability;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Applied to every service: Boot hands {@link MeterFilter} beans to each meter registry before any meter exists. */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

    @Bean
    MeterFilter prometheusLint() {
        return new PrometheusLint();
    }
}
