package io.innovation.pipeline.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes every meter pass {@code promtool check metrics} where it is born, so a scrape is clean whoever registered
 * the meter (Kafka clients and Streams, Tomcat, Spring Security, LoadBalancer, the JVM binders):
 * <ul>
 *   <li>meters measured in nano-, micro- or milliseconds are dropped (Kafka's {@code *-time-ns-*} and
 *       {@code app-info start-time-ms}, {@code process.cpu.time}, {@code jvm.compilation.time}): a filter can rename
 *       a meter but not rescale its values to seconds, and each has a ratio or seconds twin ({@code io-wait-ratio},
 *       {@code process.cpu.usage}, {@code process.start.time}, the Streams thread ratios);</li>
 *   <li>gauges named {@code ….count} are renamed to the plural ({@code system.cpu.count} → {@code system.cpus},
 *       {@code kafka.consumer.connection.count} → {@code kafka.consumer.connections}): {@code _count} is reserved
 *       for histograms and summaries;</li>
 *   <li>camelCase tag keys become snake_case ({@code serviceId} → {@code service_id});</li>
 *   <li>a meter without a description gets one (Prometheus {@code HELP}): observation-based timers and many client
 *       metrics come without.</li>
 * </ul>
 */
public final class PrometheusLint implements MeterFilter {
    private static final Pattern SUBSECOND_UNIT = Pattern.compile("(^|\\.)(ns|us|ms)(\\.|$)");
    private static final Set<String> SUBSECOND_BASE_UNITS = Set.of("ns", "us", "ms", "nanoseconds", "microseconds", "milliseconds");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "http.server.requests", "Duration of HTTP server requests",
            "http.client.requests", "Duration of HTTP client requests",
            "spring.security.authentications", "Duration of Spring Security authentications",
            "spring.security.authorizations", "Duration of Spring Security authorizations",
            "spring.security.filterchains", "Duration of Spring Security filter chains",
            "spring.security.http.secured.requests", "Duration of requests through Spring Security",
            "loadbalancer.requests.success", "Requests that Spring Cloud LoadBalancer sent to an instance and that succeeded",
            "loadbalancer.requests.active", "Requests Spring Cloud LoadBalancer has in flight per instance");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        boolean subsecond = SUBSECOND_BASE_UNITS.contains(String.valueOf(id.getBaseUnit()))
                || SUBSECOND_UNIT.matcher(id.getName()).find();
        return subsecond ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        if (id.getType() == Meter.Type.GAUGE && name.endsWith(".count")) {
            name = name.substring(0, name.length() - ".count".length()) + "s";
        }
        List<Tag> tags = id.getTags().stream().map(tag -> Tag.of(snakeCase(tag.getKey()), tag.getValue())).toList();
        String description = id.getDescription();
        if (description == null || description.isBlank()) {
            description = DESCRIPTIONS.getOrDefault(baseName(name), describe(name));
        }
        return new Meter.Id(name, io.micrometer.core.instrument.Tags.of(tags), id.getBaseUnit(), description, id.getType());
    }

    static String snakeCase(String key) {
        return CAMEL.matcher(key).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A long task timer's name ends in {@code .active}; it shares the description of its timer. */
    private static String baseName(String name) {
        return name.endsWith(".active") ? name.substring(0, name.length() - ".active".length()) : name;
    }

    /** The name in words, for meters their library registered without a text ({@code kafka.producer.node.request.latency.avg}). */
    private static String describe(String name) {
        return name.replace('.', ' ').replace('-', ' ') + " (as reported by its library, which gives no description)";
    }
}
