package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.events.ThemeSet;
import io.innovation.pipeline.evaluation.domain.ThemeAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** The themes as published on {@code innovation.strategy.v1}, read from the global store every instance holds. */
final class StrategyView {

    private StrategyView() {
    }

    static Map<String, ThemeAccount> published(ReadOnlyKeyValueStore<String, ValueAndTimestamp<byte[]>> store) {
        Map<String, ThemeAccount> themes = new LinkedHashMap<>();
        try (KeyValueIterator<String, ValueAndTimestamp<byte[]>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<byte[]>> entry = all.next();
                if (entry.value != null && entry.value.value() != null) {
                    ThemeAccount account = account(CloudEventCodec.json().readValue(entry.value.value(), ThemeSet.class));
                    themes.put(account.themeId(), account);
                }
            }
        }
        return themes;
    }

    /** A published theme as an account: its definition and envelopes (what is reserved is the theme task's to know). */
    static ThemeAccount account(ThemeSet theme) {
        ThemeAccount account = ThemeAccount.define(theme.themeId(), theme.name(), theme.description(), theme.weight(), theme.active());
        for (ThemeSet.Envelope envelope : theme.envelopes()) {
            if (account.withEnvelope(envelope.period(), envelope.amount(), envelope.currency()) instanceof ThemeAccount.Result.Done<ThemeAccount> done) {
                account = done.value();
            }
        }
        return account;
    }
}
