package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.view.ComposedViewCache;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A write to one idea through this gateway ({@code PUT /api/ideas/{id}}, {@code POST /api/ideas/{id}/withdrawal},
 * votes, comments, reviews, a decision, a merge) drops the idea's kept composed view before and once more after it
 * is answered: the back-end has changed its state by then, while the pipeline view that would drop it learns of the
 * change only with the event, a commit interval later. So whoever wrote reads the change at once.
 */
@Component
class ComposedViewInvalidation implements WebFilter {

    private static final Pattern ONE_IDEA = Pattern.compile("/api/ideas/([^/]+)(?:/.*)?");

    private final ComposedViewCache composed;

    ComposedViewInvalidation(ComposedViewCache composed) {
        this.composed = composed;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return chain.filter(exchange);
        }
        Matcher idea = ONE_IDEA.matcher(exchange.getRequest().getPath().pathWithinApplication().value());
        if (!idea.matches()) {
            return chain.filter(exchange);
        }
        String id = idea.group(1);
        composed.forget(id);
        return chain.filter(exchange).doFinally(done -> composed.forget(id));
    }
}
