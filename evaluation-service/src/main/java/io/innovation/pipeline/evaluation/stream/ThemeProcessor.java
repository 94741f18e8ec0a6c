package io.innovation.pipeline.evaluation.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.SetBudget;
import io.innovation.pipeline.contracts.commands.SetTheme;
import io.innovation.pipeline.contracts.events.BudgetStanding;
import io.innovation.pipeline.evaluation.domain.BudgetRequest;
import io.innovation.pipeline.evaluation.domain.Refusal;
import io.innovation.pipeline.evaluation.domain.ThemeAccount;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Owns each theme (keyed by theme id, after a repartition): its definition, envelopes and reservations. One task
 * processes a theme's requests one at a time, so reservations are serialised and approved cost never exceeds an
 * envelope. Answers go back re-keyed by idea; theme changes are published on the compacted
 * {@code innovation.strategy.v1}. A theme first used here is seeded from the configured strategy.
 */
final class ThemeProcessor extends EvaluationProcessor {
    private final EvaluationRules rules;
    private KeyValueStore<String, ThemeAccount> themes;

    ThemeProcessor(CloudEventCodec codec, EvaluationRules rules, PipelineMetrics metrics) {
        super(Topic.EVALUATION_COMMANDS, BudgetMessages.REQUESTS, codec, metrics);
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        themes = context.getStateStore(EvaluationTopology.THEMES_STORE);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        Instant at = timeOf(record);
        switch (event.getType()) {
            case BudgetMessages.RESERVE -> reserve(record, CloudEventCodec.data(event, BudgetRequest.Reserve.class), at);
            case BudgetMessages.RELEASE -> release(CloudEventCodec.data(event, BudgetRequest.Release.class));
            case EventTypes.SET_THEME -> setTheme(record, event, CloudEventCodec.data(event, SetTheme.class), at);
            case EventTypes.SET_BUDGET -> setBudget(record, event, CloudEventCodec.data(event, SetBudget.class), at);
            default -> throw new IllegalArgumentException("not a theme request: " + event.getType());
        }
    }

    private void reserve(Record<String, byte[]> record, BudgetRequest.Reserve request, Instant at) {
        Optional<ThemeAccount> account = account(request.themeId(), record, at);
        BudgetMessages.Answer answer;
        if (account.isEmpty()) {
            answer = new BudgetMessages.Answer(request.ideaId(), request.sequence(), false,
                    new BudgetStanding(request.themeId(), request.period(), request.currency(), request.cost(), BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO, request.cost()),
                    "theme " + request.themeId() + " is not in the strategy, so it has no budget");
        } else {
            ThemeAccount.Reservation reservation = account.get().reserve(request.ideaId(), request.sequence(), request.period(),
                    request.cost(), request.currency());
            themes.put(request.themeId(), reservation.account());
            answer = new BudgetMessages.Answer(request.ideaId(), request.sequence(), reservation.reserved(), reservation.standing(),
                    reservation.reason());
        }
        emit(BudgetMessages.ANSWERS, request.ideaId(), request.ideaId(), BudgetMessages.ANSWER, answer, record);
    }

    private void release(BudgetRequest.Release request) {
        ThemeAccount account = themes.get(request.themeId());
        if (account != null) {
            themes.put(request.themeId(), account.release(request.ideaId(), request.sequence()));
        }
    }

    private void setTheme(Record<String, byte[]> record, CloudEvent command, SetTheme theme, Instant at) {
        ThemeAccount current = themes.get(theme.themeId());
        if (current == null) {
            current = rules.seed().account(theme.themeId(), at).orElse(null);
        }
        ThemeAccount next = current == null
                ? ThemeAccount.define(theme.themeId(), theme.name(), theme.description(), theme.weight(), theme.active())
                : current.redefined(theme.name(), theme.description(), theme.weight(), theme.active());
        publish(record, next, at, actor(command));
    }

    private void setBudget(Record<String, byte[]> record, CloudEvent command, SetBudget budget, Instant at) {
        Optional<ThemeAccount> current = account(budget.themeId(), record, at);
        if (current.isEmpty()) {
            reject(record, command, Refusal.of(Refusal.Kind.NOT_FOUND, "themeId",
                    "no theme " + budget.themeId() + ": set the theme before its budget"));
            return;
        }
        ThemeAccount.Result<ThemeAccount> result = current.get().withEnvelope(budget.period(), budget.amount().amount(),
                budget.amount().currency());
        if (result instanceof ThemeAccount.Result.Done<ThemeAccount> done) {
            publish(record, done.value(), at, actor(command));
        } else if (result instanceof ThemeAccount.Result.Refused<ThemeAccount> refused) {
            reject(record, command, refused.refusal());
        }
    }

    /** The theme's account, seeded (and published) from the configured strategy when the theme is first used. */
    private Optional<ThemeAccount> account(String themeId, Record<String, byte[]> record, Instant at) {
        ThemeAccount stored = themes.get(themeId);
        if (stored != null) {
            return Optional.of(stored);
        }
        Optional<ThemeAccount> seeded = rules.seed().account(themeId, at);
        seeded.ifPresent(account -> publish(record, account, at, EvaluationEvents.SERVICE));
        return seeded;
    }

    private void publish(Record<String, byte[]> record, ThemeAccount account, Instant at, String actor) {
        emit(Topic.STRATEGY, account.themeId(), account.themeId(), EvaluationEvents.themeSet(account, at, actor), record);
        themes.put(account.themeId(), account);
    }
}
