package io.innovation.pipeline.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A back-end service on a random port against the shared Kafka container ({@link KafkaContainers}), skipped where
 * there is no Docker engine or no image. The test class registers the broker with
 * {@link KafkaContainers#register}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledWithKafkaImage
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.kafka.streams.binder.configuration.state.dir=target/kstreams-state/${random.uuid}",
        "innovation.kafka.partitions=1"})
@AutoConfigureRestTestClient
@DirtiesContext
public @interface ContainerServiceTest {
}
