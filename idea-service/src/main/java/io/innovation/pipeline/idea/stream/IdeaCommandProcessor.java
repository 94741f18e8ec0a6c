package io.innovation.pipeline.idea.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.domain.Actor;
import io.innovation.pipeline.idea.domain.IdeaIntake;
import io.innovation.pipeline.idea.domain.IdeaIntake.Outcome;
import io.innovation.pipeline.idea.domain.IdeaLifecycle;
import io.innovation.pipeline.idea.domain.IdeaLifecycle.Decision;
import io.innovation.pipeline.idea.domain.IdeaState;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The only writer of {@code innovation.ideas.v1}: checks each command on {@code innovation.idea-commands.v1}
 * against the published schema and the idea's current state in the {@value IdeaTopology#IDEAS_STORE} store
 * ({@link IdeaIntake} for submissions, {@link IdeaLifecycle} for the rest of an idea's life), then publishes the event or
 * a {@link CommandRejected}.
 */
final class IdeaCommandProcessor extends CloudEventProcessor {
    /** The CloudEvent extension in which idea-service's HTTP API names the caller of a command ({@code ce_actor} in Kafka). */
    static final String ACTOR_EXTENSION = IdeaTopology.ACTOR_EXTENSION;
    private static final Set<String> TYPES = new TreeSet<>(IdeaLifecycle.COMMANDS.keySet());

    static {
        TYPES.add(EventTypes.SUBMIT_IDEA);
    }

    private final String httpSource;
    private KeyValueStore<String, IdeaState> ideas;

    IdeaCommandProcessor(CloudEventCodec codec, String httpSource, PipelineMetrics metrics) {
        super(Topic.IDEA_COMMANDS, codec, metrics);
        this.httpSource = httpSource;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        ideas = context.getStateStore(IdeaTopology.IDEAS_STORE);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent command) {
        if (!TYPES.contains(command.getType())) {
            reject(record, command, List.of(new Violation("ce_type",
                    "unknown command type '" + command.getType() + "'; expected one of " + String.join(", ", TYPES))));
            return;
        }
        JsonNode data;
        try {
            data = CloudEventCodec.dataTree(command);
        } catch (JacksonException | IllegalArgumentException e) {
            reject(record, command, List.of(new Violation(SchemaValidator.ROOT_FIELD, "is not JSON: " + e.getMessage())));
            return;
        }
        String ideaId = record.key();
        IdeaState existing = ideaId == null ? null : ideas.get(ideaId);
        if (EventTypes.SUBMIT_IDEA.equals(command.getType())) {
            submit(record, command, data, existing);
            return;
        }
        Decision decision = IdeaLifecycle.decide(existing, IdeaLifecycle.schema(command.getType()).read(data),
                new IdeaLifecycle.Context(ideaId, actorOf(command), command.getId(), timeOf(record)));
        if (decision instanceof Decision.Accepted accepted) {
            emit(Topic.IDEAS, ideaId, ideaId, accepted.event(), record);
            if (accepted.absorb() != null) {
                // the merge's target may be on another partition: its task takes the voters, in this same transaction's output
                String target = ((IdeaMerged) accepted.event()).mergedInto();
                emit(Topic.IDEA_COMMANDS, target, target, accepted.absorb(), record);
            }
            ideas.put(ideaId, accepted.next());
        } else if (decision instanceof Decision.Refused refused) {
            reject(record, command, refused.violations());
        }
        // Decision.Unchanged: a redelivery, a second vote, an edit that changes nothing: nothing to publish
    }

    private void submit(Record<String, byte[]> record, CloudEvent command, JsonNode data, IdeaState existing) {
        String ideaId = record.key();
        String channel = httpSource.equals(String.valueOf(command.getSource())) ? "http" : "kafka";
        Outcome outcome = IdeaIntake.submit(existing == null ? null : existing.asSubmitted(), ideaId, IdeaIntake.SCHEMA.read(data), channel,
                command.getId(), timeOf(record), actor(command));
        if (outcome instanceof Outcome.Accepted accepted) {
            emit(Topic.IDEAS, ideaId, ideaId, accepted.event(), record);
            ideas.put(ideaId, IdeaState.submitted(accepted.event()));
            Counter.builder("innovation.ideas.submitted")
                    .description("Ideas accepted into the pipeline")
                    .tag("channel", channel)
                    .register(metrics.registry())
                    .increment();
        } else if (outcome instanceof Outcome.Rejected rejected) {
            reject(record, command, rejected.violations());
        }
        // Outcome.Duplicate: a retried command; the idea exists with this content, so nothing is published
    }

    /**
     * The actor with its rights: over HTTP the caller with the roles the API recorded ({@value IdeaTopology#ROLES_EXTENSION});
     * from Kafka the source, a system with an admin's rights (who may write to the topic is Kafka's ACLs' business).
     */
    private Actor actorOf(CloudEvent command) {
        if (httpSource.equals(String.valueOf(command.getSource()))) {
            Object roles = command.getExtension(IdeaTopology.ROLES_EXTENSION);
            return new Actor(actor(command), roles == null ? Set.of() : Arrays.stream(roles.toString().split(","))
                    .map(String::trim).filter(role -> !role.isEmpty()).collect(Collectors.toSet()));
        }
        return Actor.system(actor(command));
    }

    /**
     * Who sent the command: for HTTP the caller idea-service's API recorded in the {@value #ACTOR_EXTENSION}
     * extension (the user the gateway authenticated); for Kafka the CloudEvent source, the system that produced it.
     */
    private String actor(CloudEvent command) {
        if (httpSource.equals(String.valueOf(command.getSource()))) {
            Object actor = command.getExtension(ACTOR_EXTENSION);
            return actor == null ? null : actor.toString();
        }
        return command.getSource() == null ? null : command.getSource().toString();
    }

    private void reject(Record<String, byte[]> record, CloudEvent command, List<Violation> violations) {
        String subject = record.key() != null ? record.key() : command.getSubject();
        reject(record, command, input(), subject, violations, actor(command));
    }
}
