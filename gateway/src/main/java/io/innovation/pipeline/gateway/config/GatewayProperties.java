package io.innovation.pipeline.gateway.config;

import io.innovation.pipeline.gateway.compose.Part;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the back-ends are and how long the gateway waits for them.
 *
 * <p>Each back-end is given as one URL or as the URLs of all its instances, comma-separated
 * ({@code http://127.0.0.1:8081,http://127.0.0.1:8091}): the instances Spring Cloud LoadBalancer spreads the
 * calls over. In a cluster it is one Kubernetes Service URL, a single instance as far as the gateway knows.
 *
 * @param ideaServiceUrl       idea-service: one URL, or one per instance
 * @param evaluationServiceUrl evaluation-service: one URL, or one per instance
 * @param roadmapServiceUrl    roadmap-service: one URL, or one per instance
 * @param partTimeout          the wait for each part of a composed read and for pass-through reads, retries included
 * @param commandTimeout       the wait for idea-service to take a command, retries included; longer than
 *                             idea-service's own worst case
 * @param maxRequestBytes      the largest command body the gateway forwards
 * @param instanceQuarantine   how long an instance that refused a connection is left out of its service's
 *                             rotation (unless every instance of the service is); zero turns this off
 */
@ConfigurationProperties("innovation.gateway")
public record GatewayProperties(
        List<URI> ideaServiceUrl,
        List<URI> evaluationServiceUrl,
        List<URI> roadmapServiceUrl,
        Duration partTimeout,
        Duration commandTimeout,
        DataSize maxRequestBytes,
        @DefaultValue("10s") Duration instanceQuarantine) {

    public GatewayProperties {
        ideaServiceUrl = checked("idea-service-url", ideaServiceUrl);
        evaluationServiceUrl = checked("evaluation-service-url", evaluationServiceUrl);
        roadmapServiceUrl = checked("roadmap-service-url", roadmapServiceUrl);
        if (instanceQuarantine.isNegative()) {
            throw new IllegalArgumentException("innovation.gateway.instance-quarantine must not be negative, was "
                    + instanceQuarantine);
        }
    }

    /** The URLs of the instances of the back-end that owns {@code part}. */
    public List<URI> urls(Part part) {
        return switch (part) {
            case IDEA -> ideaServiceUrl;
            case EVALUATION -> evaluationServiceUrl;
            case ROADMAP -> roadmapServiceUrl;
        };
    }

    /** Every instance URL must name a scheme, host and port only: paths come from the gateway's calls. */
    private static List<URI> checked(String property, List<URI> urls) {
        String name = "innovation.gateway." + property;
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one URL");
        }
        for (URI url : urls) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            boolean bare = (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))
                    && url.getRawQuery() == null && url.getRawFragment() == null && url.getRawUserInfo() == null;
            if (!http || url.getHost() == null || !bare) {
                throw new IllegalArgumentException(name + ": " + url
                        + " is not of the form http(s)://host[:port]; give several instances comma-separated");
            }
        }
        return List.copyOf(urls);
    }
}
