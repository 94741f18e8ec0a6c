package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.platform.web.CommandRequests;
import io.innovation.pipeline.platform.stream.CommandSender;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.commands.SetBudget;
import io.innovation.pipeline.contracts.commands.SetTheme;
import io.innovation.pipeline.evaluation.domain.Envelope;
import io.innovation.pipeline.evaluation.domain.ThemeAccount;
import io.innovation.pipeline.evaluation.stream.EvaluationRules;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.platform.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The strategy: themes with their weights and budget envelopes per period, with what is reserved and what remains.
 * Set by an EXECUTIVE or ADMIN through {@code innovation.evaluation-commands.v1}; the processor publishes the theme
 * on {@code innovation.strategy.v1}.
 */
@RestController
class ThemeController {
    static final String EXECUTIVE = "EXECUTIVE";
    static final String ADMIN = "ADMIN";

    private final InteractiveQueries queries;
    private final CommandSender commands;
    private final EvaluationRules rules;
    private final Clock clock;

    ThemeController(InteractiveQueries queries, CommandSender commands, EvaluationRules rules, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.rules = rules;
        this.clock = clock;
    }

    /** Every theme: those on the strategy topic, then the configured ones not used yet (as they would be seeded now). */
    @GetMapping("/themes")
    List<ThemeView> themes() {
        Map<String, ThemeView> themes = new LinkedHashMap<>();
        queries.all(EvaluationTopology.THEMES_STORE, ThemeAccount.class)
                .forEach(account -> themes.put(account.themeId(), ThemeView.of(account, "strategy")));
        Instant now = Instant.now(clock);
        rules.seed().themes().forEach(theme -> themes.computeIfAbsent(theme.id(),
                id -> rules.seed().account(id, now).map(account -> ThemeView.of(account, "seed")).orElseThrow()));
        return themes.values().stream().sorted(Comparator.comparing(ThemeView::id)).toList();
    }

    @GetMapping("/themes/{themeId}")
    ThemeView theme(@PathVariable String themeId) {
        return themes().stream().filter(theme -> theme.id().equals(themeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No theme " + themeId));
    }

    @PutMapping("/themes/{themeId}")
    ThemeView setTheme(@PathVariable String themeId, @RequestBody(required = false) JsonNode body,
                       @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                       @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) throws InterruptedException {
        Caller caller = CommandRequests.caller(user, roles, EXECUTIVE, ADMIN);
        SetTheme theme = CommandRequests.command(SetTheme.class, body, Map.of("themeId", themeId));
        commands.send(themeId, theme, caller.user(), event -> EventTypes.THEME_SET.equals(event.getType()));
        return current(themeId);
    }

    @PutMapping("/themes/{themeId}/budgets/{period}")
    ThemeView setBudget(@PathVariable String themeId, @PathVariable String period, @RequestBody(required = false) JsonNode body,
                        @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                        @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) throws InterruptedException {
        Caller caller = CommandRequests.caller(user, roles, EXECUTIVE, ADMIN);
        JsonNode command = body != null && body.isObject()
                ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("period", period).set("amount", body)
                : body;
        SetBudget budget = CommandRequests.command(SetBudget.class, command, Map.of("themeId", themeId));
        commands.send(themeId, budget, caller.user(), event -> EventTypes.THEME_SET.equals(event.getType()));
        return current(themeId);
    }

    private ThemeView current(String themeId) {
        return queries.get(EvaluationTopology.THEMES_STORE, themeId, ThemeAccount.class)
                .map(account -> ThemeView.of(account, "strategy"))
                .orElseThrow(() -> new NotFoundException("No theme " + themeId));
    }

    /** A theme as the API shows it; {@code source} says whether it is on the strategy topic or only in the seed. */
    record ThemeView(String id, String name, String description, double weight, boolean active, String source,
                     List<Budget> budgets) {

        static ThemeView of(ThemeAccount account, String source) {
            return new ThemeView(account.themeId(), account.name(), account.description(), account.weight(), account.active(),
                    source, account.envelopesByPeriod().stream().map(Budget::of).toList());
        }
    }

    /** One period's envelope: amount, what approvals reserved, what remains, and how many ideas hold reservations. */
    record Budget(String period, BigDecimal amount, String currency, BigDecimal reserved, BigDecimal remaining, int approvals) {
        static Budget of(Envelope envelope) {
            return new Budget(envelope.period(), envelope.amount(), envelope.currency(), envelope.reserved(), envelope.remaining(),
                    envelope.reservations().size());
        }
    }
}
