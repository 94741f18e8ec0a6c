package io.innovation.pipeline.contracts.commands;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money in an ISO 4217 currency, e.g. {@code {"amount": 30000, "currency": "EUR"}}. */
public record Money(BigDecimal amount, String currency) {

    /** Equal amounts are equal whatever their scale: {@code 30000} and {@code 30000.00} are the same money. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money money
                && Objects.equals(currency, money.currency)
                && (amount == null ? money.amount == null : money.amount != null && amount.compareTo(money.amount) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount == null ? null : amount.stripTrailingZeros());
    }
}
