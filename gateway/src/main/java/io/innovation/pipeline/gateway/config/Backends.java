package io.innovation.pipeline.gateway.config;

import org.springframework.web.reactive.function.client.WebClient;

/** One client per back-end, each calling all instances of its back-end through the load balancer. */
public record Backends(WebClient ideaService, WebClient evaluationService, WebClient roadmapService) {}
