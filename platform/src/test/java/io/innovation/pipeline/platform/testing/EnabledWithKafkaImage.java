package io.innovation.pipeline.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class only where a Docker engine runs and the Kafka image is present; skipped with the reason otherwise. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledWithKafkaImage.Condition.class)
public @interface EnabledWithKafkaImage {

    final class Condition implements ExecutionCondition {
        private static String reason;
        private static boolean checked;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String why = unavailableBecause();
            return why == null
                    ? ConditionEvaluationResult.enabled("Kafka image " + KafkaContainers.image() + " available")
                    : ConditionEvaluationResult.disabled("Kafka container tests skipped: " + why);
        }

        /** Checked once per JVM: Docker detection costs a moment. */
        private static synchronized String unavailableBecause() {
            if (!checked) {
                reason = KafkaContainers.unavailableBecause();
                checked = true;
            }
            return reason;
        }
    }
}
