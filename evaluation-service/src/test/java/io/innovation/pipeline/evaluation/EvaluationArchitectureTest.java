package io.innovation.pipeline.evaluation;

import io.innovation.pipeline.platform.testing.LayeringRules;
import org.junit.jupiter.api.Test;

class EvaluationArchitectureTest {

    @Test
    void layersDependOnlyDownwardsAndTheDomainIsPlainJava() {
        LayeringRules.check("io.innovation.pipeline.evaluation");
    }
}
