package io.innovation.pipeline.contracts.testing;

import io.innovation.pipeline.contracts.CloudEventCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded generator of random instances that a JSON Schema accepts, read from the schema document itself:
 * {@code type} (one or several), {@code enum}, {@code minimum}/{@code maximum}/{@code exclusiveMinimum}/
 * {@code exclusiveMaximum}, {@code minLength}/{@code maxLength}, {@code pattern} (see {@link PatternStrings}),
 * {@code minItems}/{@code maxItems}/{@code items}, {@code properties}/{@code required}/{@code additionalProperties}.
 * Boundaries come up often; optional properties are sometimes absent, sometimes {@code null} where allowed; whole
 * numbers sometimes come as {@code 5.0}; unknown properties are added where {@code additionalProperties} allows.
 *
 * <p>A keyword it does not know makes it throw: a schema that grows past the generator fails its tests instead of
 * being half-tested.
 */
public final class SchemaInstances {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description", "errorMessage", "format");
    private static final Set<String> UNDERSTOOD = Set.of("type", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "minLength", "maxLength", "pattern", "minItems", "maxItems", "items", "properties", "required", "additionalProperties");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Cap for sizes a schema leaves unbounded. */
    private static final int UNBOUNDED = 40;

    private final JsonNode schema;
    private final Random random;

    public SchemaInstances(JsonNode schema, long seed) {
        this.schema = schema;
        this.random = new Random(seed);
    }

    /** The published schema of a payload type, as on the classpath. */
    public static JsonNode schemaOf(Class<?> payloadType) {
        return io.innovation.pipeline.contracts.SchemaValidator.of(payloadType).schema();
    }

    public JsonNode next() {
        return generate(schema, "");
    }

    public List<JsonNode> take(int count) {
        List<JsonNode> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instances.add(next());
        }
        return instances;
    }

    private JsonNode generate(JsonNode subschema, String at) {
        subschema.propertyNames().forEach(keyword -> {
            if (!UNDERSTOOD.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
                throw new UnsupportedOperationException("keyword " + keyword + " at " + at + " is beyond this generator");
            }
        });
        if (subschema.has("format") && !subschema.has("pattern")) {
            throw new UnsupportedOperationException("format without pattern at " + at + " is beyond this generator");
        }
        if (subschema.has("enum")) {
            JsonNode values = subschema.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        return switch (pickType(subschema, at)) {
            case "null" -> NODES.nullNode();
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "string" -> string(subschema, at);
            case "integer" -> integer(subschema);
            case "number" -> number(subschema);
            case "array" -> array(subschema, at);
            case "object" -> object(subschema, at);
            default -> throw new UnsupportedOperationException("type at " + at + " is beyond this generator");
        };
    }

    /** One of the allowed types; {@code null} only now and then when other types are allowed too. */
    private String pickType(JsonNode subschema, String at) {
        JsonNode type = subschema.get("type");
        if (type == null) {
            throw new UnsupportedOperationException("a subschema without type at " + at + " is beyond this generator");
        }
        if (type.isString()) {
            return type.asString();
        }
        List<String> types = new ArrayList<>();
        type.forEach(t -> types.add(t.asString()));
        if (types.size() > 1 && types.contains("null") && random.nextInt(100) >= 15) {
            types.remove("null");
        }
        return types.get(random.nextInt(types.size()));
    }

    private JsonNode string(JsonNode subschema, String at) {
        int min = subschema.path("minLength").asInt(0);
        PatternStrings pattern = subschema.has("pattern") ? PatternStrings.of(subschema.get("pattern").asString()) : null;
        // without maxLength a pattern may bound the length itself; the target only steers unbounded parts
        int max = subschema.has("maxLength") ? subschema.get("maxLength").asInt() : pattern != null ? Integer.MAX_VALUE : Math.max(min, UNBOUNDED);
        int targetMax = Math.min(max, Math.max(min, UNBOUNDED));
        for (int attempt = 0; attempt < 1000; attempt++) {
            int target = subschema.has("maxLength") ? pickLength(min, max) : pickLength(min, targetMax);
            String value = pattern == null ? plain(target) : pattern.generate(random, target);
            int length = value.codePointCount(0, value.length());
            if (length >= min && length <= max) {
                return NODES.stringNode(value);
            }
        }
        throw new IllegalStateException("no string of " + min + ".." + max + " code points for " + at + " in 1000 attempts");
    }

    private int pickLength(int min, int max) {
        return switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> min + random.nextInt(Math.min(max, min + 20) - min + 1);
            default -> min + random.nextInt(max - min + 1);
        };
    }

    private String plain(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(PatternStrings.ANY[random.nextInt(PatternStrings.ANY.length)]);
        }
        return out.toString();
    }

    private JsonNode integer(JsonNode subschema) {
        long min = subschema.has("minimum") ? subschema.get("minimum").asLong() : -1_000_000;
        long max = subschema.has("maximum") ? subschema.get("maximum").asLong() : 1_000_000;
        if (subschema.has("exclusiveMinimum")) {
            min = Math.max(min, subschema.get("exclusiveMinimum").asLong() + 1);
        }
        if (subschema.has("exclusiveMaximum")) {
            max = Math.min(max, subschema.get("exclusiveMaximum").asLong() - 1);
        }
        long value = switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> min + random.nextLong(Math.min(max - min, 100) + 1);
            default -> min + (long) (random.nextDouble() * (max - min));
        };
        // JSON Schema's integer is any number without a fraction: 5.0 is one too
        return random.nextInt(10) == 0 && Math.abs(value) < (1L << 53) ? NODES.numberNode((double) value) : NODES.numberNode(value);
    }

    private JsonNode number(JsonNode subschema) {
        double max = subschema.has("maximum") ? subschema.get("maximum").asDouble()
                : subschema.has("exclusiveMaximum") ? Math.nextDown(subschema.get("exclusiveMaximum").asDouble()) : 1e6;
        double min = subschema.has("minimum") ? subschema.get("minimum").asDouble()
                : subschema.has("exclusiveMinimum") ? Math.nextUp(subschema.get("exclusiveMinimum").asDouble()) : -1e6;
        double value = switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> Math.rint(min + random.nextDouble() * (max - min)); // a whole number
            case 3 -> BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(2, java.math.RoundingMode.DOWN).doubleValue();
            default -> min + random.nextDouble() * (max - min);
        };
        return NODES.numberNode(Math.max(min, Math.min(max, value)));
    }

    private JsonNode array(JsonNode subschema, String at) {
        int min = subschema.path("minItems").asInt(0);
        int max = subschema.has("maxItems") ? subschema.get("maxItems").asInt() : Math.max(min, 5);
        int size = switch (random.nextInt(4)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextInt(max - min + 1);
        };
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(generate(subschema.path("items"), at + "[" + i + "]"));
        }
        return array;
    }

    private JsonNode object(JsonNode subschema, String at) {
        Set<String> required = new java.util.HashSet<>();
        subschema.path("required").forEach(name -> required.add(name.asString()));
        ObjectNode object = NODES.objectNode();
        for (String name : subschema.path("properties").propertyNames()) {
            if (required.contains(name) || random.nextInt(10) < 7) {
                object.set(name, generate(subschema.get("properties").get(name), at.isEmpty() ? name : at + "." + name));
            }
        }
        JsonNode additional = subschema.get("additionalProperties");
        if (additional != null && !additional.isBoolean()) {
            throw new UnsupportedOperationException("additionalProperties with a schema at " + at + " is beyond this generator");
        }
        if ((additional == null || additional.asBoolean()) && random.nextInt(10) == 0) {
            object.put("someFutureField" + random.nextInt(100), plain(random.nextInt(10)));
        }
        return object;
    }

    /** The JSON text of an instance, as a producer would send it. */
    public static byte[] bytes(JsonNode instance) {
        return CloudEventCodec.json().writeValueAsBytes(instance);
    }
}
