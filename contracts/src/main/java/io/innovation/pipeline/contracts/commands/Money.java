package io.innovation.pipeline.contracts.commands;

import java.math.BigDecimal;

/** An amount of money in an ISO 4217 currency, e.g. {@code {"amount": 30000, "currency": "EUR"}}. */
public record Money(BigDecimal amount, String currency) {
}
