package io.innovation.pipeline.e2e.ops;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates rendered Kubernetes objects offline, against the schema of their kind, with no cluster:
 * <ul>
 *   <li>Kubernetes' own kinds with the official Java client's models, which are generated from the Kubernetes
 *       OpenAPI schema (v1.32) and check a JSON object against it: unknown fields, required fields, the types of
 *       nested objects, at every level;</li>
 *   <li>Strimzi's Kafka, KafkaNodePool and KafkaTopic with Strimzi's own API model (io.strimzi:api, the classes the
 *       operator reads these resources into and generates their CRD schemas from), and the Prometheus Operator's
 *       PodMonitor and PrometheusRule with fabric8's model generated from its CRDs: bound strictly (wrong types and
 *       unknown enum values fail), every unknown field reported wherever it is, required properties present.</li>
 * </ul>
 * An object of any other kind is an error: a kind added to the manifests needs its schema here.
 */
final class KubernetesSchemas {
    private static final Gson GSON = new Gson();
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** Kubernetes kinds: apiVersion/kind to the model class that validates them. */
    private static final Map<String, Validator> CORE = Map.of(
            "v1/ServiceAccount", V1ServiceAccount::validateJsonElement,
            "v1/ConfigMap", V1ConfigMap::validateJsonElement,
            "v1/Service", V1Service::validateJsonElement,
            "apps/v1/Deployment", V1Deployment::validateJsonElement,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy::validateJsonElement);

    private static final Map<String, Class<?>> CUSTOM = Map.of(
            "kafka.strimzi.io/v1/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
            "kafka.strimzi.io/v1/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            "kafka.strimzi.io/v1/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class,
            "monitoring.coreos.com/v1/PodMonitor", io.fabric8.openshift.api.model.monitoring.v1.PodMonitor.class,
            "monitoring.coreos.com/v1/PrometheusRule", io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class);

    /**
     * Properties the Strimzi v1 API no longer has although the model class (shared with v1beta2) still does
     * (their @PresentInVersions annotations are not on the runtime class path).
     */
    private static final Set<String> NOT_IN_STRIMZI_V1 = Set.of("spec.kafka.replicas", "spec.kafka.storage",
            "spec.kafka.resources", "spec.zookeeper", "spec.kafkaExporter.resources");

    private KubernetesSchemas() {
    }

    @FunctionalInterface
    private interface Validator {
        void validate(JsonElement json) throws IOException;
    }

    static Set<String> kinds() {
        Set<String> kinds = new java.util.TreeSet<>(CORE.keySet());
        kinds.addAll(CUSTOM.keySet());
        return kinds;
    }

    /** The problems of one object against the schema of its kind; empty when it is valid. */
    static List<String> problems(Map<String, Object> object) {
        String type = object.get("apiVersion") + "/" + object.get("kind");
        List<String> problems = new ArrayList<>();
        Validator core = CORE.get(type);
        Class<?> custom = CUSTOM.get(type);
        if (core != null) {
            try {
                core.validate(GSON.toJsonTree(object));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        } else if (custom != null) {
            Object bound;
            try {
                bound = JACKSON.convertValue(object, custom);
            } catch (IllegalArgumentException e) {
                return List.of(e.getMessage());
            }
            walk(bound, "", problems, new IdentityHashMap<>());
            if (type.startsWith("kafka.strimzi.io/v1/")) {
                for (String removed : NOT_IN_STRIMZI_V1) {
                    if (at(object, removed) != null) {
                        problems.add(removed + " is not part of the kafka.strimzi.io/v1 API (use KafkaNodePool resources)");
                    }
                }
            }
        } else {
            problems.add("no schema known for " + type + " (known: " + kinds() + ")");
        }
        return problems;
    }

    /** Unknown fields (kept by the models in additionalProperties) and missing required properties, everywhere. */
    private static void walk(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, path + "." + key, problems, seen));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!(pkg.startsWith("io.strimzi.") || pkg.startsWith("io.fabric8.")) || value.getClass().isEnum()) {
            return;
        }
        try {
            Method additional = value.getClass().getMethod("getAdditionalProperties");
            Object unknown = additional.invoke(value);
            if (unknown instanceof Map<?, ?> fields && !fields.isEmpty()) {
                problems.add("unknown field(s) " + fields.keySet() + " at " + (path.isEmpty() ? "the top level" : path.substring(1)));
            }
        } catch (NoSuchMethodException e) {
            // a model class without a place for unknown fields: Jackson already failed on them
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        JavaType type = JACKSON.constructType(value.getClass());
        BeanDescription description = JACKSON.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null || property.getName().equals("additionalProperties")) {
                continue;
            }
            accessor.fixAccess(true);
            Object child = accessor.getValue(value);
            if (child == null && property.isRequired()) {
                problems.add("required field " + (path + "." + property.getName()).substring(1) + " is missing");
            }
            walk(child, path + "." + property.getName(), problems, seen);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> object, String path) {
        Object current = object;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }
}
