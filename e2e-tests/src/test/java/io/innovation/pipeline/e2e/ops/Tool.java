package io.innovation.pipeline.e2e.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool the operations checks run (promtool, docker-compose, kubectl). Where it is not installed the
 * check is skipped with the reason and the Debian package that provides it ({@code .ci/run} installs them).
 */
public record Tool(String name, Path executable) {

    /** The tool on the PATH, or empty. */
    public static Optional<Tool> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new Tool(name, candidate));
            }
        }
        return Optional.empty();
    }

    /** The tool, or the current test is skipped (reported as such) saying which Debian package provides it. */
    public static Tool require(String name, String debianPackage) {
        Optional<Tool> tool = find(name);
        Assumptions.assumeTrue(tool.isPresent(),
                () -> name + " is not installed (Debian package " + debianPackage + "): check skipped; .ci/run installs it");
        return tool.orElseThrow();
    }

    /** Runs the tool in a directory; stdout and stderr are kept apart (kubectl kustomize warns on stderr). */
    public Result run(Path directory, Duration timeout, String... arguments) {
        return pipe(directory, timeout, "", arguments);
    }

    /** Runs the tool with {@code input} on its standard input (promtool check metrics reads a scrape there). */
    public Result pipe(Path directory, Duration timeout, String input, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        try {
            Path out = Files.createTempFile("tool-" + name, ".out");
            Path err = Files.createTempFile("tool-" + name, ".err");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
                }
                return new Result(String.join(" ", command), process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(String command, int exitCode, String stdout, String stderr) {
        /** For assertion messages. */
        public String describe() {
            return command + " exited with " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
