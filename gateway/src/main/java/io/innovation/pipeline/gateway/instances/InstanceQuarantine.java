package io.innovation.pipeline.gateway.instances;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycle;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;

/**
 * Failure-aware instance selection, passive: an instance that refused a connection (or could not be connected to
 * in time) is left out of its service's rotation for a while, so that later calls do not try it first and fall
 * back to a retry. When the while is over the next call tries it again; an answer puts it back at once.
 *
 * <p>Fed by Spring Cloud LoadBalancer, which reports the outcome of every attempt to each
 * {@link LoadBalancerLifecycle} bean; read by {@link ReachableInstances}. Only connection failures count: an
 * instance that answers, even 5xx or slowly, is reachable, and a read cut half-way is retried elsewhere anyway.
 */
public class InstanceQuarantine implements LoadBalancerLifecycle<Object, Object, ServiceInstance> {

    private static final Logger log = LoggerFactory.getLogger(InstanceQuarantine.class);

    private final Duration duration;
    private final Clock clock;
    /** Instance (service id and URI) → end of its quarantine. */
    private final Map<String, Instant> quarantined = new ConcurrentHashMap<>();

    public InstanceQuarantine(Duration duration, Clock clock) {
        this.duration = duration;
        this.clock = clock;
    }

    /** The instances not in quarantine; all of them when every one is, so that calls still go out and fail as such. */
    public List<ServiceInstance> reachable(List<ServiceInstance> instances) {
        if (quarantined.isEmpty()) {
            return instances;
        }
        Instant now = clock.instant();
        List<ServiceInstance> reachable = instances.stream()
                .filter(instance -> !inQuarantine(instance, now))
                .toList();
        return reachable.isEmpty() ? instances : reachable;
    }

    public boolean inQuarantine(ServiceInstance instance) {
        return inQuarantine(instance, clock.instant());
    }

    private boolean inQuarantine(ServiceInstance instance, Instant now) {
        Instant until = quarantined.get(key(instance));
        return until != null && now.isBefore(until);
    }

    @Override
    public boolean supports(Class requestContextClass, Class responseClass, Class serverTypeClass) {
        return ServiceInstance.class.isAssignableFrom(serverTypeClass);
    }

    @Override
    public void onStart(Request<Object> request) {}

    @Override
    public void onStartRequest(Request<Object> request, Response<ServiceInstance> lbResponse) {}

    @Override
    public void onComplete(CompletionContext<Object, ServiceInstance, Object> completion) {
        Response<ServiceInstance> chosen = completion.getLoadBalancerResponse();
        ServiceInstance instance = chosen == null ? null : chosen.getServer();
        if (instance == null) {
            return;
        }
        if (completion.status() == CompletionContext.Status.SUCCESS) {
            if (quarantined.remove(key(instance)) != null) {
                log.info("{} instance {} answers again", instance.getServiceId(), instance.getUri());
            }
        }
        else if (completion.status() == CompletionContext.Status.FAILED && !duration.isZero()
                && completion.getThrowable() != null && ConnectionFailures.neverSent(completion.getThrowable())) {
            Instant now = clock.instant();
            Instant previous = quarantined.put(key(instance), now.plus(duration));
            if (previous == null || !now.isBefore(previous)) {
                log.warn("{} instance {} could not be reached: left out of the rotation for {} ms",
                        instance.getServiceId(), instance.getUri(), duration.toMillis());
            }
        }
    }

    private static String key(ServiceInstance instance) {
        return instance.getServiceId() + " " + instance.getUri();
    }
}
