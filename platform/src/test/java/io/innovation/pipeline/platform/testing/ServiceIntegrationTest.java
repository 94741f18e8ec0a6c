package io.innovation.pipeline.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A back-end service on a random port against an embedded KRaft broker, with its state under target/.
 * {@code @DirtiesContext} closes the broker with the context instead of a JVM shutdown hook.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.streams.binder.configuration.state.dir=target/kstreams-state/${random.uuid}",
        "innovation.kafka.partitions=1"})
@EmbeddedKafka(partitions = 1, brokerProperties = "group.initial.rebalance.delay.ms=0")
@AutoConfigureRestTestClient
@DirtiesContext
public @interface ServiceIntegrationTest {
}
