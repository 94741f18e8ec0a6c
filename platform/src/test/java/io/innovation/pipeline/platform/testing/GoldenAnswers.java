package io.innovation.pipeline.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the golden samples of the back-ends' HTTP answers in the repository's {@code golden/} folder: a back-end's
 * own integration test hands over the body its endpoint really answered, and the gateway's tests read it into the
 * gateway's tolerant-reader records. In the reactor build the back-ends' tests run before the gateway's, so a field
 * renamed in a back-end reaches the gateway's test in the same build and fails it.
 *
 * <p>The file is rewritten only when the answer's shape (its field paths and value types) differs from the committed
 * sample, so that ids and times that change from run to run do not touch the working tree.
 */
public final class GoldenAnswers {

    /** Tests run in their module's directory; {@code golden/} is beside the modules. */
    public static final Path FOLDER = Path.of("..", "golden");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GoldenAnswers() {}

    /** Records {@code body} as the golden sample {@code name} (e.g. {@code idea-service.get-idea}). */
    public static void record(String name, byte[] body) {
        Path file = FOLDER.resolve(name + ".json");
        try {
            JsonNode answer = JSON.readTree(body);
            if (Files.exists(file) && shape(JSON.readTree(file.toFile())).equals(shape(answer))) {
                return;
            }
            Files.createDirectories(FOLDER);
            Files.writeString(file, JSON.writeValueAsString(answer) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field path with its value type, array elements under {@code []}. */
    static SortedSet<String> shape(JsonNode node) {
        SortedSet<String> paths = new TreeSet<>();
        collect("$", node, paths);
        return paths;
    }

    private static void collect(String path, JsonNode node, SortedSet<String> paths) {
        paths.add(path + ":" + node.getNodeType());
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(path + "." + field.getKey(), field.getValue(), paths);
            }
        } else if (node.isArray()) {
            node.values().forEach(element -> collect(path + "[]", element, paths));
        }
    }
}
