package io.innovation.pipeline.platform.testing;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes CloudEvents to a real topic, as the upstream service would, and waits for the broker's ack. */
public final class TestEvents {
    private TestEvents() {
    }

    public static void publish(KafkaTemplate<String, byte[]> kafka, Topic topic, String key, CloudEvent event) throws Exception {
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(event);
        kafka.send(new ProducerRecord<>(topic.topicName(), null, key, payload.value(), payload.headers())).get();
    }
}
