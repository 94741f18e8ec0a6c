package io.innovation.pipeline.gateway.config;

import io.innovation.pipeline.gateway.feed.FeedSource;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Supplies the live feed's Spring Cloud Stream settings (function definition, binding destinations, consumer
 * settings) from {@link FeedSource}, so that no topic name is typed a second time. They go in last, below
 * {@code application.yml} and the environment, which can still override any of them.
 */
public class LiveFeedBindings implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "innovationLiveFeedBindings";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, FeedSource.bindingProperties()));
    }
}
