package io.innovation.pipeline.e2e;

import io.innovation.pipeline.platform.testing.KafkaContainers;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The Kafka the system under test runs against: an embedded KRaft broker, or the shared Kafka container. */
interface Broker extends AutoCloseable {
    String bootstrapServers();

    @Override
    void close();

    static Broker embedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        // one broker: internal topics (consumer offsets, transactions for exactly-once) need replication factor 1
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.brokerProperty("offsets.topic.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.afterPropertiesSet();
        return new Broker() {
            @Override
            public String bootstrapServers() {
                return broker.getBrokersAsString();
            }

            @Override
            public void close() {
                broker.destroy();
            }
        };
    }

    /** The container outlives the test class; Testcontainers removes it when the JVM ends. */
    static Broker container() {
        String servers = KafkaContainers.bootstrapServers();
        return new Broker() {
            @Override
            public String bootstrapServers() {
                return servers;
            }

            @Override
            public void close() {
            }
        };
    }
}
