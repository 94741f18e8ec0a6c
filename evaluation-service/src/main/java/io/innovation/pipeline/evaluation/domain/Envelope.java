package io.innovation.pipeline.evaluation.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A theme's budget for one period, and what is reserved from it by which idea. Money is exact ({@link BigDecimal});
 * the sum of {@code reservations} never exceeds {@code amount} (checked on construction).
 */
public record Envelope(String period, BigDecimal amount, String currency, Map<String, Held> reservations) {

    /** What one idea holds: {@code amount}, reserved for its approval number {@code sequence}. */
    public record Held(BigDecimal amount, long sequence) {
    }

    public Envelope {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("an envelope's amount must be zero or more, was " + amount);
        }
        reservations = reservations == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
        BigDecimal reserved = sum(reservations);
        if (reserved.compareTo(amount) > 0) {
            throw new IllegalArgumentException("reservations of " + reserved.toPlainString() + " exceed the envelope "
                    + amount.toPlainString() + " " + currency + " of " + period);
        }
    }

    public static Envelope of(String period, BigDecimal amount, String currency) {
        return new Envelope(period, amount, currency, Map.of());
    }

    public BigDecimal reserved() {
        return sum(reservations);
    }

    private static BigDecimal sum(Map<String, Held> reservations) {
        return reservations.values().stream().map(Held::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal remaining() {
        return amount.subtract(reserved());
    }

    Envelope withReservation(String ideaId, BigDecimal cost, long sequence) {
        Map<String, Held> next = new LinkedHashMap<>(reservations);
        next.put(ideaId, new Held(cost, sequence));
        return new Envelope(period, amount, currency, next);
    }

    Envelope without(String ideaId) {
        Map<String, Held> next = new LinkedHashMap<>(reservations);
        next.remove(ideaId);
        return new Envelope(period, amount, currency, next);
    }

    Envelope withAmount(BigDecimal newAmount, String newCurrency) {
        return new Envelope(period, newAmount, newCurrency, reservations);
    }
}
