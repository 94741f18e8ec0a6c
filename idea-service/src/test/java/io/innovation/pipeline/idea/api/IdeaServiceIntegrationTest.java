package io.innovation.pipeline.idea.api;

import io.innovation.pipeline.platform.testing.ServiceIntegrationTest;

/** IdeaServiceBehaviour against the embedded KRaft broker. */
@ServiceIntegrationTest
class IdeaServiceIntegrationTest extends IdeaServiceBehaviour {
}
