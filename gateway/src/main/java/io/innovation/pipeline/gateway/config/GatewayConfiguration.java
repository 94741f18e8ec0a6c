package io.innovation.pipeline.gateway.config;

import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayConfiguration {

    /** Built from Boot's builder so the clients get its codecs and HTTP client observations (metrics). */
    @Bean
    Backends backends(WebClient.Builder builder, GatewayProperties properties) {
        return new Backends(
                client(builder, properties.ideaServiceUrl()),
                client(builder, properties.evaluationServiceUrl()),
                client(builder, properties.roadmapServiceUrl()));
    }

    private static WebClient client(WebClient.Builder builder, URI baseUrl) {
        return builder.clone().baseUrl(baseUrl.toString()).build();
    }
}
