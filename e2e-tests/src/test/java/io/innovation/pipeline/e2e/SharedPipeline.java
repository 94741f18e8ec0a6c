package io.innovation.pipeline.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running system (an embedded KRaft broker, one instance of each service) for all test classes of the failsafe
 * run that ask for it: started by the first that does, closed by JUnit when the run ends (values of the root
 * store that are {@link AutoCloseable} are closed with it). Starting the system is most of an end-to-end class's
 * time: the pipeline's and the web UI's suites share one.
 */
final class SharedPipeline implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPipeline.class);

    /** What a test class is given: the shared system, started only when first asked for. */
    record Handle(ExtensionContext.Store store) {
        PipelineSystem system() {
            return store.computeIfAbsent(PipelineSystem.class, key -> start(), PipelineSystem.class);
        }

        /** Whether this is the shared system, which no test class closes. */
        boolean isShared(PipelineSystem system) {
            return store.get(PipelineSystem.class, PipelineSystem.class) == system;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Handle.class;
    }

    @Override
    public Handle resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new Handle(context.getRoot().getStore(NAMESPACE));
    }

    private static PipelineSystem start() {
        try {
            PipelineSystem system = new PipelineSystem(Broker.embedded(), 1);
            system.start();
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
