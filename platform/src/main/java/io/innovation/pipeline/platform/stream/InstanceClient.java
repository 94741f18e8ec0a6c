package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.platform.web.ServiceNotReadyException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads another instance's state store through its store endpoint ({@code /internal/stores}). That instance
 * answers only from its own copy, so a read is forwarded at most once: where the partition moved again it
 * answers 503, and so does this one.
 */
public class InstanceClient {
    public static final String STORES_PATH = "/internal/stores";

    private final RestClient http;
    private final JsonMapper json = CloudEventCodec.json();

    public InstanceClient(Duration timeout) {
        // HttpURLConnection: plain HTTP/1.1 with keep-alive, no client threads of its own
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** The instance is down or does not answer in time. */
    public static final class Unreachable extends RuntimeException {
        Unreachable(HostInfo host, Exception cause) {
            super(host + " does not answer: " + cause.getMessage(), cause);
        }
    }

    public <V> Optional<V> get(HostInfo host, String storeName, String key, String partitionKey, boolean stale, Class<V> type) {
        byte[] body = call(host, STORES_PATH + "/{store}/{key}?stale={stale}&partitionKey={partitionKey}", storeName, key, stale, partitionKey);
        return body == null ? Optional.empty() : Optional.of(json.readValue(body, type));
    }

    public <V> List<V> all(HostInfo host, String storeName, Class<V> type) {
        byte[] body = call(host, STORES_PATH + "/{store}", storeName);
        return json.readValue(body, json.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** The values whose keys start with {@code prefix} in that instance's active partitions. */
    public <V> List<V> prefix(HostInfo host, String storeName, String prefix, Class<V> type) {
        byte[] body = call(host, STORES_PATH + "/{store}?prefix={prefix}", storeName, prefix);
        return json.readValue(body, json.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** The body, or null for 404 (no such key there). */
    private byte[] call(HostInfo host, String path, Object... variables) {
        try {
            return http.get().uri("http://" + host.host() + ":" + host.port() + path, variables)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                            return null;
                        }
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new ServiceNotReadyException("instance " + host + " answered " + response.getStatusCode()
                                    + " for its copy of the store");
                        }
                        return response.getBody().readAllBytes();
                    });
        } catch (ResourceAccessException e) {
            throw new Unreachable(host, e);
        }
    }
}
