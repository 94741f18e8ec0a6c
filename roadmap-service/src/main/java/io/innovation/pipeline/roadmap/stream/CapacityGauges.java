package io.innovation.pipeline.roadmap.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code innovation_roadmap_capacity_utilisation{team, period}}: planned weeks / capacity, per team and quarter.
 * One per application, shared by every planner task, so a task that is recreated keeps updating the same gauge.
 */
final class CapacityGauges {
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> ratioBits = new ConcurrentHashMap<>();

    CapacityGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    void set(String team, String period, double ratio) {
        ratioBits.computeIfAbsent(team + "|" + period, key -> {
            AtomicLong bits = new AtomicLong();
            Gauge.builder("innovation.roadmap.capacity.utilisation", bits, b -> Double.longBitsToDouble(b.get()))
                    .description("Planned person-weeks over capacity, per team and period")
                    .tag("team", team)
                    .tag("period", period)
                    .strongReference(true)
                    .register(registry);
            return bits;
        }).set(Double.doubleToLongBits(ratio));
    }
}
