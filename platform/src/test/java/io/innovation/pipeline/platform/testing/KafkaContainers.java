package io.innovation.pipeline.platform.testing;

import org.apache.kafka.common.utils.AppInfoParser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One Kafka container (image {@code apache/kafka} at the Kafka version of the classpath, which Spring Boot
 * manages) shared by every container test of a JVM. The image can be overridden with
 * {@code -Dinnovation.kafka.image=...}. It is never pulled implicitly: where the image is not present locally the
 * tests are skipped (see {@link EnabledWithKafkaImage}), so a machine without the image gets no minutes of pull
 * retries; {@code docker pull} it once to run them.
 */
public final class KafkaContainers {
    private static KafkaContainer shared;

    private KafkaContainers() {
    }

    public static String image() {
        return System.getProperty("innovation.kafka.image", "apache/kafka:" + AppInfoParser.getVersion());
    }

    /** Why container tests cannot run here, or null when they can. */
    static String unavailableBecause() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return "no Docker engine";
        }
        try {
            DockerClientFactory.lazyClient().inspectImageCmd(image()).exec();
            return null;
        } catch (RuntimeException e) {
            return "image " + image() + " is not present locally (docker pull " + image() + ")";
        }
    }

    /** For a {@code @DynamicPropertySource} method: both binders and the service's own producer use the container. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaContainers::bootstrapServers);
    }

    /** The started shared broker; Testcontainers' reaper removes it when the JVM ends. */
    public static synchronized String bootstrapServers() {
        if (shared == null) {
            shared = new KafkaContainer(image());
            shared.start();
        }
        return shared.getBootstrapServers();
    }
}
