package io.innovation.pipeline.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scales an idea's estimates are given on (DESIGN §3), defined once. Intake publishes them in
 * {@code SubmitIdea.schema.json} (a test checks the schema against this class) and validates commands with that
 * schema; evaluation-service scores on them (user-business value from impact, job size from effort).
 */
public final class EstimateScales {
    /** Reach: users or customers affected per quarter, a whole number. */
    public static final long REACH_MIN = 0;
    /** The most a command may claim: more than the world's population, and well inside a {@code long}. */
    public static final long REACH_MAX = 10_000_000_000L;

    /** Impact per person reached (Intercom's RICE): massive 3, high 2, medium 1, low 0.5, minimal 0.25. */
    public static final List<Double> IMPACT = List.of(0.25, 0.5, 1.0, 2.0, 3.0);

    /** SAFe's user-business value (1..20) for each step of the impact scale, in the order of {@link #IMPACT}. */
    public static final Map<Double, Integer> USER_BUSINESS_VALUE_BY_IMPACT = orderedMap(
            0.25, 1, 0.5, 3, 1.0, 5, 2.0, 13, 3.0, 20);

    /** Confidence in the estimates, percent. */
    public static final int CONFIDENCE_MIN = 0;
    public static final int CONFIDENCE_MAX = 100;

    /** Effort in person-weeks: more than this ... */
    public static final double EFFORT_WEEKS_EXCLUSIVE_MIN = 0;
    /** ... and at most ten years of one person: anything larger is a programme, not an idea. */
    public static final double EFFORT_WEEKS_MAX = 520;
    /**
     * The least effort a command may claim (about 25 minutes). Below it RICE's division by effort in person-months
     * leaves the range of numbers (0 ÷ 0 when the effort underflows); values already in the decision log are read
     * without it.
     */
    public static final double EFFORT_WEEKS_MIN = 0.01;

    /** SAFe's modified Fibonacci scale: time criticality, risk reduction and job size are given on it. */
    public static final List<Integer> FIBONACCI = List.of(1, 2, 3, 5, 8, 13, 20);

    /**
     * SAFe job size from person-weeks: the size of the first bucket whose upper bound the effort does not pass
     * (up to a week, a fortnight, a month, two months, a quarter, half a year); above the last, {@link #LARGEST_JOB_SIZE}.
     */
    public static final List<JobSizeBucket> JOB_SIZES = List.of(
            new JobSizeBucket(1, 1), new JobSizeBucket(2, 2), new JobSizeBucket(4, 3), new JobSizeBucket(8, 5),
            new JobSizeBucket(13, 8), new JobSizeBucket(26, 13));
    public static final int LARGEST_JOB_SIZE = 20;

    private EstimateScales() {
    }

    /** Efforts up to and including {@code upToWeeks} person-weeks (and above the previous bucket) have job size {@code size}. */
    public record JobSizeBucket(double upToWeeks, int size) {
    }

    public static boolean isReach(long reach) {
        return reach >= REACH_MIN && reach <= REACH_MAX;
    }

    public static boolean isImpact(double impact) {
        return IMPACT.contains(impact);
    }

    public static boolean isConfidence(int confidence) {
        return confidence >= CONFIDENCE_MIN && confidence <= CONFIDENCE_MAX;
    }

    public static boolean isEffortWeeks(double effortWeeks) {
        return effortWeeks > EFFORT_WEEKS_EXCLUSIVE_MIN && effortWeeks <= EFFORT_WEEKS_MAX;
    }

    public static boolean isFibonacci(int value) {
        return FIBONACCI.contains(value);
    }

    /** User-business value (SAFe, 1..20) of an impact on the {@link #IMPACT} scale. */
    public static int userBusinessValue(double impact) {
        requireImpact("impact", impact);
        return USER_BUSINESS_VALUE_BY_IMPACT.get(impact);
    }

    /** Job size (SAFe, on the {@link #FIBONACCI} scale) of an effort in person-weeks. */
    public static int jobSize(double effortWeeks) {
        for (JobSizeBucket bucket : JOB_SIZES) {
            if (effortWeeks <= bucket.upToWeeks()) {
                return bucket.size();
            }
        }
        return LARGEST_JOB_SIZE;
    }

    /**
     * Reach must not be negative. The upper bound {@link #REACH_MAX} limits what a command may carry; values already
     * in the decision log are read without it.
     */
    public static void requireReach(String field, long reach) {
        if (reach < REACH_MIN) {
            throw new IllegalArgumentException(field + " must be zero or more users per quarter, was " + reach);
        }
    }

    public static void requireImpact(String field, double impact) {
        if (!isImpact(impact)) {
            throw new IllegalArgumentException(field + " must be one of " + listed(IMPACT) + ", was " + impact);
        }
    }

    public static void requireConfidence(String field, int confidence) {
        if (!isConfidence(confidence)) {
            throw new IllegalArgumentException(field + " must be a percentage from " + CONFIDENCE_MIN + " to " + CONFIDENCE_MAX
                    + ", was " + confidence);
        }
    }

    public static void requireEffortWeeks(String field, double effortWeeks) {
        if (!isEffortWeeks(effortWeeks)) {
            throw new IllegalArgumentException(field + " must be more than " + listed(List.of(EFFORT_WEEKS_EXCLUSIVE_MIN))
                    + " and at most " + listed(List.of(EFFORT_WEEKS_MAX)) + " person-weeks, was " + effortWeeks);
        }
    }

    public static void requireFibonacci(String field, int value) {
        if (!isFibonacci(value)) {
            throw new IllegalArgumentException(field + " must be one of " + listed(FIBONACCI) + ", was " + value);
        }
    }

    /** {@code 0.25, 0.5, 1, 2, 3}: numbers as people write them. */
    public static String listed(List<? extends Number> values) {
        return values.stream()
                .map(value -> value.doubleValue() == Math.rint(value.doubleValue())
                        ? String.valueOf(value.longValue()) : String.valueOf(value.doubleValue()))
                .collect(Collectors.joining(", "));
    }

    private static Map<Double, Integer> orderedMap(Object... keysAndValues) {
        Map<Double, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((Double) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
