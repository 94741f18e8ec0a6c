package io.innovation.pipeline.idea.domain;

import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The intake rules of DESIGN §3: what a well-formed idea looks like. Reports every broken rule at once. */
public final class IdeaRules {
    public static final Set<Double> IMPACT_SCALE = Set.of(0.25, 0.5, 1.0, 2.0, 3.0);
    public static final Set<Integer> FIBONACCI_SCALE = Set.of(1, 2, 3, 5, 8, 13, 20);
    public static final int MAX_TEXT = 10_000;
    /** Bounds on list fields: they travel in every event and plan of the idea, so they must stay small. */
    public static final int MAX_LABELS = 20;
    public static final int MAX_DEPENDENCIES = 50;
    /** Ten years of one person: anything larger is a programme, not an idea. */
    public static final double MAX_EFFORT_WEEKS = 520;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private IdeaRules() {
    }

    /** The rules for an idea that will get {@code ideaId}: those of {@link #validate(SubmitIdea)} and the id's own. */
    public static List<Violation> validate(String ideaId, SubmitIdea idea) {
        List<Violation> violations = new ArrayList<>();
        if (!isUuid(ideaId)) {
            violations.add(new Violation("ideaId", "the idea id (the record key) must be a UUID"));
        }
        violations.addAll(validate(idea));
        if (idea != null && ideaId != null && idea.dependsOn().contains(ideaId)) {
            violations.add(new Violation("dependsOn", "an idea cannot depend on itself"));
        }
        return violations;
    }

    public static List<Violation> validate(SubmitIdea idea) {
        List<Violation> violations = new ArrayList<>();
        if (idea == null) {
            return List.of(new Violation("body", "must be a JSON object describing the idea"));
        }
        String title = idea.title() == null ? null : idea.title().strip();
        if (title == null || title.length() < 3 || title.length() > 200) {
            violations.add(new Violation("title", "is required and must be 3 to 200 characters"));
        }
        if (idea.problem() == null || idea.problem().isBlank()) {
            violations.add(new Violation("problem", "is required: say what problem the idea solves"));
        } else if (idea.problem().length() > MAX_TEXT) {
            violations.add(new Violation("problem", "must be at most " + MAX_TEXT + " characters"));
        }
        if (idea.proposal() != null && idea.proposal().length() > MAX_TEXT) {
            violations.add(new Violation("proposal", "must be at most " + MAX_TEXT + " characters"));
        }
        requireIdentifier(violations, "submitter", idea.submitter());
        requireIdentifier(violations, "team", idea.team());
        eachIdentifier(violations, "themes", idea.themes(), MAX_LABELS);
        eachIdentifier(violations, "tags", idea.tags(), MAX_LABELS);
        if (idea.reach() != null && idea.reach() < 0) {
            violations.add(new Violation("reach", "must be zero or more (users affected per quarter)"));
        }
        if (idea.impact() != null && !IMPACT_SCALE.contains(idea.impact())) {
            violations.add(new Violation("impact", "must be one of 0.25, 0.5, 1, 2, 3"));
        }
        if (idea.confidence() != null && (idea.confidence() < 0 || idea.confidence() > 100)) {
            violations.add(new Violation("confidence", "must be a percentage from 0 to 100"));
        }
        if (idea.effortWeeks() != null && !(idea.effortWeeks() > 0 && idea.effortWeeks() <= MAX_EFFORT_WEEKS)) {
            violations.add(new Violation("effortWeeks", "must be more than 0 and at most " + (int) MAX_EFFORT_WEEKS + " person-weeks"));
        }
        validateCost(violations, idea.costEstimate());
        requireFibonacci(violations, "timeCriticality", idea.timeCriticality());
        requireFibonacci(violations, "riskReduction", idea.riskReduction());
        if (idea.dependsOn().size() > MAX_DEPENDENCIES) {
            violations.add(new Violation("dependsOn", "must list at most " + MAX_DEPENDENCIES + " ideas"));
        }
        for (int i = 0; i < idea.dependsOn().size(); i++) {
            if (!isUuid(idea.dependsOn().get(i))) {
                violations.add(new Violation("dependsOn[" + i + "]", "must be the id (a UUID) of another idea"));
            }
        }
        return violations;
    }

    public static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void validateCost(List<Violation> violations, Money cost) {
        if (cost == null) {
            return;
        }
        if (cost.amount() == null || cost.amount().compareTo(BigDecimal.ZERO) < 0) {
            violations.add(new Violation("costEstimate.amount", "is required and must be zero or more"));
        }
        if (cost.currency() == null || !CURRENCY.matcher(cost.currency()).matches()) {
            violations.add(new Violation("costEstimate.currency", "must be an ISO 4217 code such as EUR"));
        }
    }

    private static void requireIdentifier(List<Violation> violations, String field, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            violations.add(new Violation(field, "is required: 1 to 64 letters, digits, '.', '_' or '-'"));
        }
    }

    private static void eachIdentifier(List<Violation> violations, String field, List<String> values, int max) {
        if (values.size() > max) {
            violations.add(new Violation(field, "must list at most " + max));
        }
        for (int i = 0; i < values.size(); i++) {
            if (!IDENTIFIER.matcher(values.get(i)).matches()) {
                violations.add(new Violation(field + "[" + i + "]", "must be 1 to 64 letters, digits, '.', '_' or '-'"));
            }
        }
    }

    private static void requireFibonacci(List<Violation> violations, String field, Integer value) {
        if (value != null && !FIBONACCI_SCALE.contains(value)) {
            violations.add(new Violation(field, "must be one of 1, 2, 3, 5, 8, 13, 20"));
        }
    }
}
