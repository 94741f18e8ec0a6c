package io.innovation.pipeline.gateway.config;

import io.innovation.pipeline.gateway.feed.FeedSource;
import io.innovation.pipeline.gateway.view.ViewSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Supplies the live feed's and the pipeline view's Spring Cloud Stream settings (function definition, binding destinations, consumer
 * settings) from {@link FeedSource}, so that no topic name is typed a second time. They go in last, below
 * {@code application.yml} and the environment, which can still override any of them.
 */
public class LiveFeedBindings implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "innovationLiveFeedBindings";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new LinkedHashMap<>(FeedSource.bindingProperties());
        // the pipeline view: a Kafka Streams binder function beside the feed's Kafka binder functions
        properties.putAll(ViewSource.bindingProperties(environment.getProperty(ViewSource.INSTANCE_ID),
                System.getProperty("java.io.tmpdir")));
        properties.put("spring.cloud.function.definition", FeedSource.functionDefinition() + ";" + ViewSource.FUNCTION);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, properties));
    }
}
