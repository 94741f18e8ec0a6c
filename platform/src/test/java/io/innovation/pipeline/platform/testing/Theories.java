package io.innovation.pipeline.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * How the services' {@code *Properties} classes run QuickTheories: each property is checked on at least
 * {@link #EXAMPLES} distinct examples, from a fixed seed.
 */
public final class Theories {

    /** Distinct examples each property is checked on. */
    public static final int EXAMPLES = 1_000;

    /**
     * QuickTheories skips an example it has generated before but counts it against
     * {@code withExamples}, so it is asked for a tenth more; {@code check} asserts that at least
     * {@link #EXAMPLES} were checked.
     */
    private static final int GENERATED = EXAMPLES + EXAMPLES / 10;

    /**
     * A fixed seed, so that CI checks the same examples on every run and a failure reproduces.
     * {@code -DQT_SEED=<long>} (QuickTheories' own property) runs other examples.
     */
    private static final long SEED = Long.getLong("QT_SEED", 20_261_102L);

    /** Enough to shrink a failing team to a few candidates, without running for minutes. */
    private static final int SHRINK_CYCLES = 5_000;

    private Theories() {
    }

    public static <A> void check(Gen<A> values, Consumer<A> property) {
        AtomicInteger checked = new AtomicInteger();
        theory().forAll(values).checkAssert(value -> {
            checked.incrementAndGet();
            property.accept(value);
        });
        assertThat(checked.get()).as("distinct examples checked").isGreaterThanOrEqualTo(EXAMPLES);
    }

    public static <A, B> void check(Gen<A> as, Gen<B> bs, BiConsumer<A, B> property) {
        AtomicInteger checked = new AtomicInteger();
        theory().forAll(as, bs).checkAssert((a, b) -> {
            checked.incrementAndGet();
            property.accept(a, b);
        });
        assertThat(checked.get()).as("distinct examples checked").isGreaterThanOrEqualTo(EXAMPLES);
    }

    private static QuickTheory theory() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(GENERATED).withShrinkCycles(SHRINK_CYCLES);
    }
}
