package io.innovation.pipeline.evaluation.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Budgets never overspend: whatever sequence of reservations, releases and envelope changes a theme sees, what is
 * reserved from an envelope never exceeds it, and equals the sum of what the ideas hold.
 */
class BudgetProperties {
    private static final String THEME = "customer-experience";
    private static final List<String> PERIODS = List.of("2026-Q4", "2027-Q1");

    /** One operation on a theme's account, drawn from small numbers so that ideas and periods collide often. */
    record Op(int kind, int idea, int period, int cents, int sequence) {
        ThemeAccount applyTo(ThemeAccount account) {
            String ideaId = "idea-" + idea;
            String periodName = PERIODS.get(period);
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            return switch (kind) {
                case 0, 1, 2 -> account.reserve(ideaId, sequence, periodName, amount, "EUR").account();
                case 3 -> account.release(ideaId, sequence);
                case 4 -> account.reserve(ideaId, sequence, periodName, amount, "USD").account();
                default -> account.withEnvelope(periodName, BigDecimal.valueOf(cents * 4L, 2), "EUR") instanceof ThemeAccount.Result.Done<ThemeAccount> done
                        ? done.value() : account;
            };
        }
    }

    static Gen<Op> ops() {
        return integers().between(0, 5).zip(integers().between(0, 7), integers().between(0, 1),
                        (kind, idea, period) -> new int[] {kind, idea, period})
                .zip(integers().between(0, 5_000_000), integers().between(1, 4),
                        (head, cents, sequence) -> new Op(head[0], head[1], head[2], cents, sequence));
    }

    static Gen<List<Op>> sequences() {
        return lists().of(ops()).ofSizeBetween(0, 40);
    }

    static ThemeAccount seeded() {
        ThemeAccount account = ThemeAccount.define(THEME, "Customer experience", null, 1.0, true);
        for (String period : PERIODS) {
            account = ((ThemeAccount.Result.Done<ThemeAccount>) account.withEnvelope(period, new BigDecimal("50000.00"), "EUR")).value();
        }
        return account;
    }

    @Test
    void reservedNeverExceedsTheEnvelopeAndIsTheSumOfWhatIdeasHold() {
        check(sequences(), ops -> {
            ThemeAccount account = seeded();
            for (Op op : ops) {
                account = op.applyTo(account);
                for (Envelope envelope : account.envelopesByPeriod()) {
                    assertThat(envelope.reserved()).isLessThanOrEqualTo(envelope.amount());
                    assertThat(envelope.remaining().add(envelope.reserved())).isEqualByComparingTo(envelope.amount());
                }
                Map<String, Integer> holdings = new HashMap<>();
                account.envelopes().values().forEach(envelope -> envelope.reservations().keySet()
                        .forEach(idea -> holdings.merge(idea, 1, Integer::sum)));
                assertThat(holdings.values()).as("an idea holds at most one reservation per theme").allMatch(count -> count == 1);
            }
        });
    }

    @Test
    void aReservationFitsExactlyWhenTheCostIsAtMostWhatRemains() {
        check(sequences(), ops(), (ops, next) -> {
            ThemeAccount account = seeded();
            for (Op op : ops) {
                account = op.applyTo(account);
            }
            String ideaId = "newcomer";
            String period = PERIODS.get(next.period());
            BigDecimal cost = BigDecimal.valueOf(next.cents(), 2);
            BigDecimal remaining = account.envelope(period).orElseThrow().remaining();

            ThemeAccount.Reservation reservation = account.reserve(ideaId, 1, period, cost, "EUR");

            assertThat(reservation.reserved()).isEqualTo(cost.compareTo(remaining) <= 0);
            Envelope after = reservation.account().envelope(period).orElseThrow();
            if (reservation.reserved()) {
                assertThat(after.remaining()).isEqualByComparingTo(remaining.subtract(cost));
                assertThat(reservation.standing().missing()).isZero();
            } else {
                assertThat(after.remaining()).isEqualByComparingTo(remaining);
                assertThat(reservation.standing().missing()).isEqualByComparingTo(cost.subtract(remaining));
                assertThat(reservation.reason()).contains(cost.subtract(remaining).toPlainString() + " EUR more");
            }
        });
    }

    @Test
    void reservingAgainHoldsOnceAndReleasingGivesEverythingBack() {
        check(sequences(), ops(), (ops, next) -> {
            ThemeAccount account = seeded();
            for (Op op : ops) {
                account = op.applyTo(account);
            }
            String period = PERIODS.get(next.period());
            BigDecimal cost = BigDecimal.valueOf(next.cents(), 2);
            BigDecimal before = account.envelope(period).orElseThrow().reserved();

            ThemeAccount once = account.reserve("twice", 1, period, cost, "EUR").account();
            ThemeAccount twice = once.reserve("twice", 2, period, cost, "EUR").account();

            assertThat(twice.envelope(period).orElseThrow().reserved())
                    .isEqualByComparingTo(once.envelope(period).orElseThrow().reserved());
            assertThat(twice.release("twice", 2).envelope(period).orElseThrow().reserved()).isEqualByComparingTo(before);
            assertThat(twice.release("twice", 1).envelope(period).orElseThrow().reserved())
                    .as("a release for an older approval leaves a later reservation alone")
                    .isEqualByComparingTo(once.envelope(period).orElseThrow().reserved());
        });
    }

    @Test
    void costsAreNotConvertedAndAMissingEnvelopeReservesNothing() {
        ThemeAccount account = seeded();

        ThemeAccount.Reservation dollars = account.reserve("usd", 1, "2026-Q4", new BigDecimal("10"), "USD");
        ThemeAccount.Reservation later = account.reserve("later", 1, "2030-Q1", new BigDecimal("10"), "EUR");

        assertThat(dollars.reserved()).isFalse();
        assertThat(dollars.reason()).isEqualTo("the cost is in USD but the envelope of customer-experience for 2026-Q4 is in EUR: costs are not converted");
        assertThat(later.reserved()).isFalse();
        assertThat(later.reason()).isEqualTo("theme customer-experience has no budget envelope for 2030-Q1: 10 EUR missing");
        assertThat(later.account()).isEqualTo(account);
    }

    @Test
    void anEnvelopeCannotShrinkBelowWhatIsReserved() {
        ThemeAccount account = seeded().reserve("a", 1, "2026-Q4", new BigDecimal("30000"), "EUR").account();

        assertThat(account.withEnvelope("2026-Q4", new BigDecimal("29999.99"), "EUR"))
                .isInstanceOfSatisfying(ThemeAccount.Result.Refused.class, refused -> assertThat(refused.refusal().violations())
                        .singleElement().satisfies(v -> assertThat(v.message())
                                .isEqualTo("cannot be below the 30000 EUR already reserved from customer-experience for 2026-Q4")));
        assertThat(account.withEnvelope("2026-Q4", new BigDecimal("30000"), "USD"))
                .isInstanceOf(ThemeAccount.Result.Refused.class);
        assertThat(account.withEnvelope("2026-Q4", new BigDecimal("30000"), "EUR"))
                .isInstanceOf(ThemeAccount.Result.Done.class);
    }
}
