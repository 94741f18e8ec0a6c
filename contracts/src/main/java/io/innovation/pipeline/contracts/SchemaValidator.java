package io.innovation.pipeline.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.innovation.pipeline.contracts.events.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A published JSON Schema ({@code /schemas/<Payload>.schema.json} on the classpath) as a run-time check, with the
 * networknt validator. Every service that reads a payload from outside checks it here, so what the published schema
 * accepts is what the service accepts (unless a documented state rule says no), and HTTP and Kafka report the same
 * {@link Violation}s.
 *
 * <p>A violation names the field as a path in the payload ({@code title}, {@code costEstimate.amount},
 * {@code themes[1]}); its message is the {@code errorMessage} the schema gives for that field (a string, or an object
 * with one message per keyword and {@code "_"} for the others), else the validator's own. Violations come in the
 * order of the schema's properties, one per field and message.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SchemaValidator<T> {
    /** The field a violation names when the payload as a whole is wrong (not a JSON object, say). */
    public static final String ROOT_FIELD = "data";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<Class<?>, SchemaValidator<?>> BY_TYPE = new ConcurrentHashMap<>();
    private static final String ERROR_MESSAGE = "errorMessage";
    private static final String OTHER_KEYWORDS = "_";
    private static final BigDecimal LONG_RANGE = new BigDecimal(BigInteger.ONE.shiftLeft(63));

    private final Class<T> type;
    private final JsonNode schemaJson;
    private final Schema schema;
    private final List<String> propertyOrder;

    private SchemaValidator(Class<T> type) {
        this.type = type;
        this.schemaJson = load(schemaPath(type));
        this.schema = REGISTRY.getSchema(schemaJson);
        this.propertyOrder = List.copyOf(schemaJson.path("properties").propertyNames());
    }

    /** The validator of the published schema of {@code payloadType}, a command or event record of {@link EventTypes}. */
    @SuppressWarnings("unchecked")
    public static <T> SchemaValidator<T> of(Class<T> payloadType) {
        return (SchemaValidator<T>) BY_TYPE.computeIfAbsent(payloadType, SchemaValidator::new);
    }

    /** Where the schema of {@code payloadType} is on the classpath. */
    public static String schemaPath(Class<?> payloadType) {
        return "/schemas/" + payloadType.getSimpleName() + ".schema.json";
    }

    /** The schema document itself (a copy). */
    public JsonNode schema() {
        return schemaJson.deepCopy();
    }

    /** Every rule of the schema that {@code instance} breaks; empty when it is valid. */
    public List<Violation> validate(JsonNode instance) {
        if (instance == null || instance.isMissingNode()) {
            return List.of(new Violation(ROOT_FIELD, "is missing"));
        }
        List<Error> errors;
        try {
            errors = schema.validate(withHugeIntegersExact(instance));
        } catch (RuntimeException e) {
            // a validator failure must reject the payload, never let it through or stop the reader
            return List.of(new Violation(ROOT_FIELD, "could not be checked against the schema: " + e.getMessage()));
        }
        Set<Violation> violations = new LinkedHashSet<>();
        for (Error error : errors) {
            violations.add(new Violation(field(error), message(error)));
        }
        List<Violation> ordered = new ArrayList<>(violations);
        ordered.sort(Comparator.comparingInt(this::rank));
        return List.copyOf(ordered);
    }

    /** The instance as a {@code T} when the schema accepts it, or every violation. */
    public Checked<T> read(JsonNode instance) {
        List<Violation> violations = validate(instance);
        if (!violations.isEmpty()) {
            return new Checked.Invalid<>(violations);
        }
        try {
            return new Checked.Valid<>(CloudEventCodec.json().treeToValue(instance, type));
        } catch (JacksonException | IllegalArgumentException e) {
            // the schema accepted what the record cannot hold: a gap in the schema, reported instead of crashing
            return new Checked.Invalid<>(List.of(new Violation(ROOT_FIELD, "does not fit " + type.getSimpleName() + ": " + e.getMessage())));
        }
    }

    /** A payload read against its schema: the record, or why not. */
    public sealed interface Checked<T> {
        record Valid<T>(T value) implements Checked<T> {
        }

        record Invalid<T>(List<Violation> violations) implements Checked<T> {
            public Invalid {
                violations = List.copyOf(violations);
            }
        }
    }

    /** {@code themes[1]}, {@code costEstimate.amount}; for a missing required property, that property. */
    private static String field(Error error) {
        StringBuilder field = new StringBuilder();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            field.append(field.isEmpty() ? "" : ".").append(error.getProperty());
        }
        return field.isEmpty() ? ROOT_FIELD : field.toString();
    }

    /** The {@code errorMessage} of the subschema whose rule failed (for {@code required}: of the missing property). */
    private String message(Error error) {
        NodePath keywordLocation = error.getSchemaLocation().getFragment();
        JsonNode subschema = schemaJson;
        for (int i = 0; i < keywordLocation.getNameCount() - 1; i++) {
            Object element = keywordLocation.getElement(i);
            subschema = element instanceof Integer index ? subschema.path(index) : subschema.path(element.toString());
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            subschema = subschema.path("properties").path(error.getProperty());
        }
        JsonNode custom = subschema.path(ERROR_MESSAGE);
        if (custom.isObject()) {
            custom = custom.has(error.getKeyword()) ? custom.path(error.getKeyword()) : custom.path(OTHER_KEYWORDS);
        }
        return custom.isString() ? custom.asString() : error.getMessage();
    }

    /** Root problems first, then in the order of the schema's properties; within a field, as reported. */
    private int rank(Violation violation) {
        if (ROOT_FIELD.equals(violation.field())) {
            return -1;
        }
        String top = violation.field().split("[.\\[]", 2)[0];
        int index = propertyOrder.indexOf(top);
        return index < 0 ? propertyOrder.size() : index;
    }

    /**
     * networknt 3.0.9 compares {@code minimum}/{@code maximum} of an {@code integer} with {@code asLong()}, which
     * throws for a floating-point number beyond the range of a long (such as {@code 1e30}). Every such number is a
     * whole number, so it is handed to the validator as the exact big integer it is: same value, no crash.
     */
    private static JsonNode withHugeIntegersExact(JsonNode instance) {
        if (instance.isFloatingPointNumber()) {
            BigDecimal value = instance.isBigDecimal() ? instance.decimalValue()
                    : Double.isFinite(instance.doubleValue()) ? new BigDecimal(instance.doubleValue()) : null;
            if (value != null && value.abs().compareTo(LONG_RANGE) >= 0 && value.stripTrailingZeros().scale() <= 0) {
                return JsonNodeFactory.instance.numberNode(value.toBigIntegerExact());
            }
            return instance;
        }
        if (instance.isContainer()) {
            JsonNode copy = null;
            if (instance.isObject()) {
                for (Map.Entry<String, JsonNode> entry : instance.properties()) {
                    JsonNode exact = withHugeIntegersExact(entry.getValue());
                    if (exact != entry.getValue()) {
                        copy = copy == null ? instance.deepCopy() : copy;
                        ((tools.jackson.databind.node.ObjectNode) copy).set(entry.getKey(), exact);
                    }
                }
            } else {
                for (int i = 0; i < instance.size(); i++) {
                    JsonNode exact = withHugeIntegersExact(instance.get(i));
                    if (exact != instance.get(i)) {
                        copy = copy == null ? instance.deepCopy() : copy;
                        ((tools.jackson.databind.node.ArrayNode) copy).set(i, exact);
                    }
                }
            }
            return copy == null ? instance : copy;
        }
        return instance;
    }

    private static JsonNode load(String path) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema at " + path + " on the classpath");
            }
            return CloudEventCodec.json().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
