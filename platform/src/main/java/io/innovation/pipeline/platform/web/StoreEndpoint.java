package io.innovation.pipeline.platform.web;

import io.innovation.pipeline.platform.stream.InstanceClient;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.contracts.CloudEventCodec;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the instances of a service read each other's state: this instance's own copy only, never forwarded
 * further. Internal: back-ends listen only where the gateway and their peers reach them.
 */
@RestController
@RequestMapping(InstanceClient.STORES_PATH)
public class StoreEndpoint {
    private final InteractiveQueries queries;

    public StoreEndpoint(InteractiveQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{store}/{key}")
    ResponseEntity<byte[]> get(@PathVariable String store, @PathVariable String key, @RequestParam(defaultValue = "false") boolean stale,
                               @RequestParam(required = false) String partitionKey) {
        return json(queries.getLocal(store, key, partitionKey == null ? key : partitionKey, stale).orElseThrow(() -> new NotFoundException("No " + key + " in " + store)));
    }

    @GetMapping("/{store}")
    ResponseEntity<byte[]> all(@PathVariable String store, @RequestParam(required = false) String prefix) {
        return json(prefix == null ? queries.allLocal(store) : queries.prefixLocal(store, prefix));
    }

    /** Written as the stores' own serde writes values, so the reading instance gets them back exactly. */
    private static ResponseEntity<byte[]> json(Object value) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CloudEventCodec.json().writeValueAsBytes(value));
    }
}
