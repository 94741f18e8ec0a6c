package io.innovation.pipeline.roadmap;

import io.innovation.pipeline.platform.testing.LayeringRules;
import org.junit.jupiter.api.Test;

class RoadmapArchitectureTest {

    @Test
    void layersDependOnlyDownwardsAndTheDomainIsPlainJava() {
        LayeringRules.check("io.innovation.pipeline.roadmap");
    }
}
