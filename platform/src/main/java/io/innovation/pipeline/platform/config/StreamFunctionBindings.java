package io.innovation.pipeline.platform.config;

import io.innovation.pipeline.platform.stream.StreamFunction;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the Kafka Streams binder a service's function definition and binding destinations, taken from its
 * {@link StreamFunction} and so from the topic catalogue. Added last, so configuration can still override
 * a destination (e.g. to read a replayed copy of a topic). Each service registers a subclass in its
 * {@code META-INF/spring.factories}.
 */
public abstract class StreamFunctionBindings implements EnvironmentPostProcessor {
    private final StreamFunction function;

    protected StreamFunctionBindings(StreamFunction function) {
        this.function = function;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("streamFunction:" + function.name(), function.bindingProperties()));
    }
}
