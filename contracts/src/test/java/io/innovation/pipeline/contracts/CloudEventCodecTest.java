package io.innovation.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import io.cloudevents.rw.CloudEventRWException;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {
    private final CloudEventCodec codec = new CloudEventCodec("/test");

    @Test
    void roundTripsThroughKafkaBinaryMode() {
        CloudEvent event = codec.event("c-1", SamplePayloads.IDEA_ID, SamplePayloads.SUBMIT_IDEA, SamplePayloads.NOW);
        CloudEventCodec.KafkaPayload kafka = CloudEventCodec.toKafka(event);

        assertThat(new String(kafka.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).isEqualTo(EventTypes.SUBMIT_IDEA);
        assertThat(new String(kafka.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8)).isEqualTo("application/json");
        assertThat(new String(kafka.headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8)).isEqualTo(SamplePayloads.IDEA_ID);

        CloudEvent read = CloudEventCodec.fromKafka(kafka.headers(), kafka.value());
        assertThat(read.getId()).isEqualTo("c-1");
        assertThat(CloudEventCodec.data(read, SubmitIdea.class)).isEqualTo(SamplePayloads.SUBMIT_IDEA);
    }

    @Test
    void bytesWithoutCloudEventHeadersAreRefused() {
        assertThatThrownBy(() -> CloudEventCodec.fromKafka(new RecordHeaders(), "garbage".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CloudEventRWException.class);
    }
}
