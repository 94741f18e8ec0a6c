package io.innovation.pipeline.gateway.compose;

import static io.innovation.pipeline.gateway.compose.PartResult.bodyOf;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The outcome of composing an idea from its parts: a view, or the reason there is none. */
public sealed interface Composition {

    record View(IdeaView view) implements Composition {}

    /** idea-service, the owner of ideas, does not know the id: whatever the others hold does not make it exist. */
    record IdeaNotFound() implements Composition {}

    /** No back-end that answered has anything on the idea, and idea-service did not answer. */
    record NothingAvailable(String detail) implements Composition {}

    static Composition compose(String id, PartResult<IdeaPart> idea, PartResult<EvaluationPart> evaluation,
                               PartResult<RoadmapPart> roadmap) {
        if (idea instanceof PartResult.Absent) {
            return new IdeaNotFound();
        }
        Map<Part, PartResult<?>> parts = new EnumMap<>(Map.of(Part.IDEA, idea, Part.EVALUATION, evaluation, Part.ROADMAP, roadmap));
        if (parts.values().stream().noneMatch(PartResult.Present.class::isInstance)) {
            return new NothingAvailable(parts.entrySet().stream()
                    .map(part -> part.getKey().service() + (part.getValue() instanceof PartResult.Unavailable<?> unavailable
                            ? " " + unavailable.cause()
                            : " has no data on it"))
                    .collect(Collectors.joining("; ", "Nothing is known about idea " + id + " right now: ", ".")));
        }
        Set<Part> unavailable = EnumSet.noneOf(Part.class);
        parts.forEach((part, result) -> {
            if (result instanceof PartResult.Unavailable) {
                unavailable.add(part);
            }
        });
        IdeaPart ideaBody = bodyOf(idea);
        DerivedStatus status = StatusDerivation.derive(ideaBody == null ? null : ideaBody.status(),
                ideaBody == null ? null : ideaBody.mergedInto(), bodyOf(evaluation), bodyOf(roadmap), unavailable);
        return new View(new IdeaView(id, status.status(), status.reason(), ideaBody, bodyOf(evaluation), bodyOf(roadmap),
                unavailable.stream().map(Part::key).toList()));
    }
}
