package io.innovation.pipeline.contracts.commands;

import java.util.List;

/**
 * Command idea-service sends itself when it merges a duplicate: the target (the key) takes the duplicate's voters,
 * each person once. Keyed by the target's id, so it reaches the target's partition; CloudEvent type
 * {@value io.innovation.pipeline.contracts.EventTypes#ABSORB_VOTERS}.
 */
public record AbsorbVoters(String fromIdeaId, List<String> voters) {

    public AbsorbVoters {
        voters = voters == null ? List.of() : List.copyOf(voters);
    }
}
