package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.platform.testing.ServiceIntegrationTest;

/** RoadmapServiceBehaviour against the embedded KRaft broker. */
@ServiceIntegrationTest
class RoadmapServiceIntegrationTest extends RoadmapServiceBehaviour {
}
