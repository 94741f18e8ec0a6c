package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.platform.testing.ServiceIntegrationTest;

/** EvaluationServiceBehaviour against the embedded KRaft broker. */
@ServiceIntegrationTest
class EvaluationServiceIntegrationTest extends EvaluationServiceBehaviour {
}
