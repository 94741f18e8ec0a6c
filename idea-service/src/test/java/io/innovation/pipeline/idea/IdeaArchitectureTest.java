package io.innovation.pipeline.idea;

import io.innovation.pipeline.platform.testing.LayeringRules;
import org.junit.jupiter.api.Test;

class IdeaArchitectureTest {

    @Test
    void layersDependOnlyDownwardsAndTheDomainIsPlainJava() {
        LayeringRules.check("io.innovation.pipeline.idea");
    }
}
