package io.innovation.pipeline.e2e.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The checked-out repository: the deployment files the operations checks read. */
public final class Repository {

    private Repository() {
    }

    /** The repository root: set by the build ({@code innovation.repository.dir}), else the parent of e2e-tests. */
    public static Path root() {
        String configured = System.getProperty("innovation.repository.dir");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException(relative + " is missing (looked in " + root() + ")");
        }
        return path;
    }

    public static String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One YAML document as maps and lists. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> yaml(String relative) {
        return (Map<String, Object>) new Yaml().load(read(relative));
    }

    /** Every non-empty document of a multi-document YAML text. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> yamlDocuments(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(options).loadAll(text)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }
}
