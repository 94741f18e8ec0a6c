package io.innovation.pipeline.roadmap.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code innovation_roadmap_capacity_utilisation{team, period}}: planned weeks / capacity, per team and period of
 * the plans this instance holds. The {@code team} label is bounded: a team the roadmap is configured with
 * ({@code innovation.roadmap.teams}) by its name, every other team as {@code other} (the highest use among them),
 * because any producer may write any team name. A team's periods are those of its current plan; when an instance
 * loses a team's partition (its task closes), the team's series go from this instance. One per application,
 * shared by every planner task.
 */
final class CapacityGauges {
    static final String METRIC = "innovation.roadmap.capacity.utilisation";
    static final String OTHER_TEAM = "other";

    private final MeterRegistry registry;
    private final Set<String> knownTeams;
    /** Utilisation by period, by team planned here. */
    private final Map<String, Map<String, Double>> plans = new ConcurrentHashMap<>();
    /** The registered gauges, by (team label, period). */
    private final Map<List<String>, Gauge> gauges = new HashMap<>();

    CapacityGauges(MeterRegistry registry, Set<String> knownTeams) {
        this.registry = registry;
        this.knownTeams = Set.copyOf(knownTeams);
    }

    /** The team's current plan: utilisation by period. Periods no longer planned lose their series. */
    void plan(String team, Map<String, Double> utilisationByPeriod) {
        plans.put(team, Map.copyOf(utilisationByPeriod));
        refresh();
    }

    /** This instance no longer plans these teams (their partitions moved to another instance). */
    void forget(Collection<String> teams) {
        teams.forEach(plans::remove);
        refresh();
    }

    String label(String team) {
        return knownTeams.contains(team) ? team : OTHER_TEAM;
    }

    private synchronized void refresh() {
        Map<List<String>, Boolean> wanted = new HashMap<>();
        plans.forEach((team, periods) -> periods.keySet().forEach(period -> wanted.put(List.of(label(team), period), true)));
        gauges.entrySet().removeIf(entry -> {
            boolean stale = !wanted.containsKey(entry.getKey());
            if (stale) {
                registry.remove(entry.getValue());
            }
            return stale;
        });
        for (List<String> key : wanted.keySet()) {
            gauges.computeIfAbsent(key, k -> Gauge.builder(METRIC, () -> utilisation(k.get(0), k.get(1)))
                    .description("Planned person-weeks over capacity, per team (other: teams not configured) and period")
                    .tag("team", k.get(0))
                    .tag("period", k.get(1))
                    .register(registry));
        }
    }

    /** The highest utilisation of the period among the teams behind a label (one team, unless it is "other"). */
    private double utilisation(String label, String period) {
        return plans.entrySet().stream()
                .filter(plan -> label(plan.getKey()).equals(label))
                .map(plan -> plan.getValue().get(period))
                .filter(ratio -> ratio != null)
                .mapToDouble(Double::doubleValue)
                .max().orElse(0);
    }
}
