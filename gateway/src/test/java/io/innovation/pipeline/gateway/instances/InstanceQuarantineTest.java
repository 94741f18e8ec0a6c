package io.innovation.pipeline.gateway.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;

class InstanceQuarantineTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    final List<ServiceInstance> instances = new StaticInstances("idea-service",
            List.of(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8091"))).get().blockFirst();
    final ServiceInstance first = instances.get(0);
    final ServiceInstance second = instances.get(1);

    @Test
    void leavesAnInstanceThatRefusedAConnectionOutUntilItsQuarantineEnds() {
        Instant[] now = {START};
        InstanceQuarantine quarantine = new InstanceQuarantine(Duration.ofSeconds(10), clock(now));
        quarantine.onComplete(failed(first, new ConnectException("Connection refused")));

        assertThat(quarantine.reachable(instances)).containsExactly(second);
        assertThat(quarantine.inQuarantine(first)).isTrue();
        now[0] = START.plusSeconds(9);
        assertThat(quarantine.reachable(instances)).containsExactly(second);

        now[0] = START.plusSeconds(10);
        assertThat(quarantine.reachable(instances)).containsExactly(first, second);
        assertThat(quarantine.inQuarantine(first)).isFalse();
    }

    @Test
    void anAnswerEndsTheQuarantineAtOnce() {
        InstanceQuarantine quarantine = quarantineAt(START);
        quarantine.onComplete(failed(first, new ConnectException("Connection refused")));
        quarantine.onComplete(new CompletionContext<>(CompletionContext.Status.SUCCESS, new DefaultRequest<>(),
                new DefaultResponse(first)));

        assertThat(quarantine.reachable(instances)).containsExactly(first, second);
    }

    @Test
    void offersEveryInstanceWhenAllAreInQuarantine() {
        InstanceQuarantine quarantine = quarantineAt(START);
        quarantine.onComplete(failed(first, new ConnectException("Connection refused")));
        quarantine.onComplete(failed(second, new ConnectException("Connection refused")));

        assertThat(quarantine.reachable(instances)).containsExactly(first, second);
    }

    @Test
    void onlyAConnectionFailurePutsAnInstanceInQuarantine() {
        InstanceQuarantine quarantine = quarantineAt(START);
        quarantine.onComplete(failed(first, new IOException("Connection reset by peer")));

        assertThat(quarantine.reachable(instances)).containsExactly(first, second);
    }

    @Test
    void aZeroQuarantineTurnsItOff() {
        InstanceQuarantine quarantine = new InstanceQuarantine(Duration.ZERO, Clock.fixed(START, ZoneOffset.UTC));
        quarantine.onComplete(failed(first, new ConnectException("Connection refused")));

        assertThat(quarantine.reachable(instances)).containsExactly(first, second);
    }

    @Test
    void theSupplierOffersOnlyTheReachableInstances() {
        InstanceQuarantine quarantine = quarantineAt(START);
        quarantine.onComplete(failed(second, new ConnectException("Connection refused")));
        ReachableInstances supplier = new ReachableInstances(new StaticInstances("idea-service",
                List.of(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8091"))), quarantine);

        assertThat(supplier.get().blockFirst()).containsExactly(first);
        assertThat(supplier.get(new DefaultRequest<>()).blockFirst()).containsExactly(first);
        assertThat(supplier.getServiceId()).isEqualTo("idea-service");
    }

    private static InstanceQuarantine quarantineAt(Instant now) {
        return new InstanceQuarantine(Duration.ofSeconds(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Clock clock(Instant[] now) {
        return new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
    }

    private static CompletionContext<Object, ServiceInstance, Object> failed(ServiceInstance instance, Throwable cause) {
        Throwable error = new WebClientRequestException(cause, HttpMethod.GET, instance.getUri(), new HttpHeaders());
        return new CompletionContext<>(CompletionContext.Status.FAILED, error, new DefaultRequest<>(),
                new DefaultResponse(instance));
    }
}
