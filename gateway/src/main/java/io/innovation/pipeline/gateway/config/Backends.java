package io.innovation.pipeline.gateway.config;

import org.springframework.web.reactive.function.client.WebClient;

/** One client per back-end, each bound to the back-end's base URL. */
public record Backends(WebClient ideaService, WebClient evaluationService, WebClient roadmapService) {}
