package io.innovation.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.innovation.pipeline.contracts.EstimateScales.JobSizeBucket;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The estimate scales, and the published SubmitIdea schema stating exactly them. */
class EstimateScalesTest {
    static final JsonNode PROPERTIES = SchemaValidator.of(SubmitIdea.class).schema().get("properties");

    @Test
    void theSchemaPublishesTheImpactScale() {
        assertThat(numbersOf(enumWithoutNull("impact"))).isEqualTo(EstimateScales.IMPACT);
        assertThat(message("impact")).isEqualTo("must be one of " + EstimateScales.listed(EstimateScales.IMPACT));
    }

    @Test
    void theSchemaPublishesTheFibonacciScaleForTimeCriticalityAndRiskReduction() {
        for (String field : List.of("timeCriticality", "riskReduction")) {
            assertThat(enumWithoutNull(field)).extracting(JsonNode::asInt).as(field).isEqualTo(EstimateScales.FIBONACCI);
            assertThat(enumWithoutNull(field)).allMatch(JsonNode::isIntegralNumber);
            assertThat(message(field)).isEqualTo("must be one of " + EstimateScales.listed(EstimateScales.FIBONACCI));
        }
    }

    @Test
    void theSchemaPublishesTheLimitsOfReachConfidenceAndEffort() {
        assertThat(PROPERTIES.get("reach").get("minimum").asLong()).isEqualTo(EstimateScales.REACH_MIN);
        assertThat(PROPERTIES.get("reach").get("maximum").asLong()).isEqualTo(EstimateScales.REACH_MAX);
        assertThat(message("reach")).contains("from " + EstimateScales.REACH_MIN + " to " + EstimateScales.REACH_MAX);
        assertThat(PROPERTIES.get("confidence").get("minimum").asInt()).isEqualTo(EstimateScales.CONFIDENCE_MIN);
        assertThat(PROPERTIES.get("confidence").get("maximum").asInt()).isEqualTo(EstimateScales.CONFIDENCE_MAX);
        assertThat(message("confidence")).isEqualTo("must be a percentage from " + EstimateScales.CONFIDENCE_MIN
                + " to " + EstimateScales.CONFIDENCE_MAX);
        assertThat(PROPERTIES.get("effortWeeks").get("minimum").asDouble()).isEqualTo(EstimateScales.EFFORT_WEEKS_MIN)
                .isGreaterThan(EstimateScales.EFFORT_WEEKS_EXCLUSIVE_MIN);
        assertThat(PROPERTIES.get("effortWeeks").get("maximum").asDouble()).isEqualTo(EstimateScales.EFFORT_WEEKS_MAX);
        assertThat(message("effortWeeks")).isEqualTo("must be from " + EstimateScales.listed(List.of(EstimateScales.EFFORT_WEEKS_MIN))
                + " to " + EstimateScales.listed(List.of(EstimateScales.EFFORT_WEEKS_MAX)) + " person-weeks");
    }

    @Test
    void everyStepOfImpactHasAUserBusinessValueOnTheOneToTwentyScale() {
        assertThat(new ArrayList<>(EstimateScales.USER_BUSINESS_VALUE_BY_IMPACT.keySet())).isEqualTo(EstimateScales.IMPACT);
        assertThat(new ArrayList<>(EstimateScales.USER_BUSINESS_VALUE_BY_IMPACT.values())).isSorted()
                .allMatch(EstimateScales.FIBONACCI::contains);
    }

    @Test
    void jobSizesGrowWithEffortOnTheFibonacciScale() {
        assertThat(EstimateScales.JOB_SIZES).extracting(JobSizeBucket::upToWeeks).isSorted();
        List<Integer> sizes = new ArrayList<>(EstimateScales.JOB_SIZES.stream().map(JobSizeBucket::size).toList());
        sizes.add(EstimateScales.LARGEST_JOB_SIZE);
        assertThat(sizes).isEqualTo(EstimateScales.FIBONACCI);
    }

    @ParameterizedTest(name = "impact {0} is user-business value {1}")
    @CsvSource({"0.25, 1", "0.5, 3", "1, 5", "2, 13", "3, 20"})
    void userBusinessValueFollowsImpact(double impact, int expected) {
        assertThat(EstimateScales.userBusinessValue(impact)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} person-weeks is job size {1}")
    @CsvSource({
            "0.5, 1", "1, 1", "1.01, 2", "2, 2", "2.01, 3", "4, 3", "4.01, 5", "8, 5",
            "8.01, 8", "13, 8", "13.01, 13", "26, 13", "26.01, 20", "520, 20"})
    void jobSizeBandsIncludeTheirUpperBound(double effortWeeks, int expected) {
        assertThat(EstimateScales.jobSize(effortWeeks)).isEqualTo(expected);
    }

    @Test
    void valuesOffTheScalesAreRefusedWithTheFieldNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> EstimateScales.userBusinessValue(1.5))
                .withMessage("impact must be one of 0.25, 0.5, 1, 2, 3, was 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> EstimateScales.requireEffortWeeks("effortWeeks", 520.5))
                .withMessage("effortWeeks must be more than 0 and at most 520 person-weeks, was 520.5");
        assertThatIllegalArgumentException().isThrownBy(() -> EstimateScales.requireEffortWeeks("effortWeeks", Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> EstimateScales.requireFibonacci("riskReduction", 4))
                .withMessage("riskReduction must be one of 1, 2, 3, 5, 8, 13, 20, was 4");
        assertThatIllegalArgumentException().isThrownBy(() -> EstimateScales.requireConfidence("confidence", 101))
                .withMessage("confidence must be a percentage from 0 to 100, was 101");
        assertThatIllegalArgumentException().isThrownBy(() -> EstimateScales.requireReach("reach", -1))
                .withMessage("reach must be zero or more users per quarter, was -1");
    }

    private static List<JsonNode> enumWithoutNull(String field) {
        List<JsonNode> values = new ArrayList<>();
        PROPERTIES.get(field).get("enum").forEach(value -> {
            if (!value.isNull()) {
                values.add(value);
            }
        });
        assertThat(PROPERTIES.get(field).get("enum")).as(field + " may be null (optional)").anyMatch(JsonNode::isNull);
        return values;
    }

    private static List<Double> numbersOf(List<JsonNode> values) {
        return values.stream().map(JsonNode::asDouble).toList();
    }

    private static String message(String field) {
        return PROPERTIES.get(field).get("errorMessage").asString();
    }
}
