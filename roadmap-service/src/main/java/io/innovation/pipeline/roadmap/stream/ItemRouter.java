package io.innovation.pipeline.roadmap.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.DeliverItem;
import io.innovation.pipeline.contracts.commands.PinItem;
import io.innovation.pipeline.contracts.commands.SetCapacity;
import io.innovation.pipeline.contracts.commands.StartItem;
import io.innovation.pipeline.contracts.commands.UnpinItem;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import tools.jackson.databind.JsonNode;

/**
 * A team's roadmap is planned in one place, so everything that changes it is passed on, unchanged, keyed by the
 * team: gate decisions and re-scores (keyed by idea on the evaluations topic) and planner commands (capacity keyed
 * by team, item commands keyed by idea). The router remembers each approved idea's team, to send item commands and
 * re-scores where the item is, and to take an item off its old team's roadmap when an edit moves it to another.
 * Commands that do not match their schema, or name an idea on no roadmap, are refused here.
 */
final class ItemRouter extends CloudEventProcessor {
    private static final Map<String, Class<?>> ITEM_COMMANDS = Map.of(
            EventTypes.PIN_ITEM, PinItem.class,
            EventTypes.UNPIN_ITEM, UnpinItem.class,
            EventTypes.START_ITEM, StartItem.class,
            EventTypes.DELIVER_ITEM, DeliverItem.class);

    private KeyValueStore<String, String> itemTeams;

    ItemRouter(CloudEventCodec codec, PipelineMetrics metrics) {
        super(Topic.EVALUATIONS, codec, metrics);
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        itemTeams = context.getStateStore(RoadmapTopology.ITEM_TEAMS_STORE);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        String type = event.getType();
        if (EventTypes.IDEA_DECIDED.equals(type)) {
            decided(record, CloudEventCodec.data(event, IdeaDecided.class));
        } else if (EventTypes.IDEA_ASSESSED.equals(type)) {
            String team = itemTeams.get(CloudEventCodec.data(event, IdeaAssessed.class).ideaId());
            if (team != null) {
                toTeam(team, record);
            }
        } else if (EventTypes.SET_CAPACITY.equals(type)) {
            valid(record, event, SetCapacity.class, null).ifPresent(data -> toTeam(data.path("team").asString(), record));
        } else if (ITEM_COMMANDS.containsKey(type)) {
            itemCommand(record, event, ITEM_COMMANDS.get(type));
        } else {
            metrics.ignored(input().topicName(), type);
        }
    }

    private void decided(Record<String, byte[]> record, IdeaDecided decision) {
        String before = itemTeams.get(decision.ideaId());
        if (before != null && !before.equals(decision.team())) {
            toTeam(before, record); // an edit moved the idea: its old team takes it off
        }
        if (before != null || decision.outcome() == DecisionOutcome.APPROVED) {
            itemTeams.put(decision.ideaId(), decision.team());
        }
        toTeam(decision.team(), record); // every decision of a team moves its horizon on, approved or not
    }

    private void itemCommand(Record<String, byte[]> record, CloudEvent command, Class<?> type) {
        valid(record, command, type, record.key()).ifPresent(data -> {
            String ideaId = data.path("ideaId").asString();
            String team = itemTeams.get(ideaId);
            if (team == null) {
                reject(record, command, ideaId, "ideaId", "is not on any roadmap: only approved ideas are");
            } else {
                toTeam(team, record);
            }
        });
    }

    /** The command's data when its schema accepts it; else it is refused with the schema's reasons. */
    private Optional<JsonNode> valid(Record<String, byte[]> record, CloudEvent command, Class<?> type, String subject) {
        JsonNode data;
        try {
            data = CloudEventCodec.dataTree(command);
        } catch (RuntimeException e) {
            reject(record, command, subject, SchemaValidator.ROOT_FIELD, "is not JSON: " + e.getMessage());
            return Optional.empty();
        }
        List<Violation> violations = SchemaValidator.of(type).validate(data);
        if (!violations.isEmpty()) {
            reject(record, command, subject, violations);
            return Optional.empty();
        }
        return Optional.of(data);
    }

    private void reject(Record<String, byte[]> record, CloudEvent command, String subject, String field, String message) {
        reject(record, command, subject, List.of(new Violation(field, message)));
    }

    private void reject(Record<String, byte[]> record, CloudEvent command, String subject, List<Violation> violations) {
        reject(record, command, Topic.ROADMAP_COMMANDS, subject, violations, namedActor(command));
    }

    private void toTeam(String team, Record<String, byte[]> record) {
        forward(RoadmapTopology.TEAM_CHANGES, team, record);
    }
}
