package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.contracts.events.BudgetStanding;
import io.innovation.pipeline.evaluation.domain.Refusal.Kind;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One strategic theme: its definition (name, description, weight, active) and its budget envelopes by period.
 * Reservations of a theme are made one at a time by the one task that owns the theme's key, so approved cost never
 * exceeds an envelope. Currency rule: costs are never converted; a cost in another currency than the envelope's is
 * not reserved (the idea is parked with that reason).
 */
public record ThemeAccount(String themeId, String name, String description, double weight, boolean active,
                           Map<String, Envelope> envelopes) {

    public ThemeAccount {
        new StrategyTheme(themeId, name, weight); // the same rules as a configured theme
        envelopes = envelopes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(envelopes));
    }

    public static ThemeAccount define(String themeId, String name, String description, double weight, boolean active) {
        return new ThemeAccount(themeId, name, description, weight, active, Map.of());
    }

    /** The same envelopes under a new definition. */
    public ThemeAccount redefined(String newName, String newDescription, double newWeight, boolean newActive) {
        return new ThemeAccount(themeId, newName, newDescription, newWeight, newActive, envelopes);
    }

    public StrategyTheme asStrategyTheme() {
        return new StrategyTheme(themeId, name, weight);
    }

    /** Sets the envelope of {@code period}; refused below what is reserved, or in another currency while anything is. */
    public Result<ThemeAccount> withEnvelope(String period, BigDecimal amount, String currency) {
        Envelope current = envelopes.get(period);
        if (current != null && current.reserved().signum() > 0) {
            if (!current.currency().equals(currency)) {
                return refused("amount.currency", "the envelope of " + period + " is in " + current.currency() + " and "
                        + current.reserved().toPlainString() + " " + current.currency() + " are reserved from it: its currency cannot change");
            }
            if (amount.compareTo(current.reserved()) < 0) {
                return refused("amount.amount", "cannot be below the " + current.reserved().toPlainString() + " " + currency
                        + " already reserved from " + themeId + " for " + period);
            }
        }
        Envelope next = current == null ? Envelope.of(period, amount, currency) : current.withAmount(amount, currency);
        return new Result.Done<>(with(next));
    }

    /**
     * Reserves {@code cost} for approval {@code sequence} of {@code ideaId} from the envelope of {@code period}. An
     * idea holds at most one reservation per theme: what it held before is released first (so a repeated request
     * reserves once).
     */
    public Reservation reserve(String ideaId, long sequence, String period, BigDecimal cost, String currency) {
        ThemeAccount released = release(ideaId, Long.MAX_VALUE);
        Envelope envelope = released.envelopes.get(period);
        if (envelope == null) {
            return new Reservation(released, false, new BudgetStanding(themeId, period, currency, cost, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, cost), "theme " + themeId + " has no budget envelope for " + period
                    + ": " + cost.toPlainString() + " " + currency + " missing");
        }
        if (!envelope.currency().equals(currency)) {
            return new Reservation(released, false, released.standing(envelope, cost, cost),
                    "the cost is in " + currency + " but the envelope of " + themeId + " for " + period + " is in "
                            + envelope.currency() + ": costs are not converted");
        }
        BigDecimal remaining = envelope.remaining();
        if (cost.compareTo(remaining) > 0) {
            BigDecimal missing = cost.subtract(remaining);
            return new Reservation(released, false, released.standing(envelope, cost, missing),
                    "needs " + missing.toPlainString() + " " + currency + " more than the " + remaining.toPlainString() + " "
                            + currency + " left in " + themeId + " for " + period);
        }
        Envelope reserved = envelope.withReservation(ideaId, cost, sequence);
        ThemeAccount after = released.with(reserved);
        return new Reservation(after, true, after.standing(reserved, cost, BigDecimal.ZERO),
                "reserved " + cost.toPlainString() + " " + currency + " from " + themeId + " for " + period + ", "
                        + reserved.remaining().toPlainString() + " " + currency + " left");
    }

    /**
     * Releases what {@code ideaId} holds, in any period, if it was reserved for approval {@code sequence} or an
     * earlier one (nothing if it holds nothing).
     */
    public ThemeAccount release(String ideaId, long sequence) {
        ThemeAccount account = this;
        for (Envelope envelope : envelopes.values()) {
            Envelope.Held held = envelope.reservations().get(ideaId);
            if (held != null && held.sequence() <= sequence) {
                account = account.with(envelope.without(ideaId));
            }
        }
        return account;
    }

    public List<Envelope> envelopesByPeriod() {
        return envelopes.values().stream().sorted(Comparator.comparing(Envelope::period)).toList();
    }

    public Optional<Envelope> envelope(String period) {
        return Optional.ofNullable(envelopes.get(period));
    }

    private ThemeAccount with(Envelope envelope) {
        Map<String, Envelope> next = new LinkedHashMap<>(envelopes);
        next.put(envelope.period(), envelope);
        return new ThemeAccount(themeId, name, description, weight, active, next);
    }

    private BudgetStanding standing(Envelope envelope, BigDecimal cost, BigDecimal missing) {
        return new BudgetStanding(themeId, envelope.period(), envelope.currency(), cost, envelope.amount(), envelope.reserved(),
                envelope.remaining(), missing);
    }

    private static <T> Result<T> refused(String field, String message) {
        return new Result.Refused<>(Refusal.of(Kind.CONFLICT, field, message));
    }

    /** The outcome of reserving: the account after it, whether the cost fitted, the standing and a sentence. */
    public record Reservation(ThemeAccount account, boolean reserved, BudgetStanding standing, String reason) {
    }

    /** A change to an account: done, or refused with reasons. */
    public sealed interface Result<T> {
        record Done<T>(T value) implements Result<T> {
        }

        record Refused<T>(Refusal refusal) implements Result<T> {
        }
    }
}
