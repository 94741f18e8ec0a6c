package io.innovation.pipeline.roadmap.domain;

/**
 * What changed on a roadmap and who changed it, in the words that published moves carry, e.g.
 * "capacity of team web in 2027-Q1 cut from 39 to 26 weeks by paul".
 */
public final class Causes {

    private Causes() {
    }

    public static String capacity(String team, Period period, double from, double to, String actor) {
        String change = to < from ? "cut" : to > from ? "raised" : "confirmed";
        String values = to == from ? "at " + Weeks.format(to) : "from " + Weeks.format(from) + " to " + Weeks.format(to);
        return "capacity of team " + team + " in " + period + " " + change + " " + values + " weeks" + by(actor);
    }

    public static String approved(String ideaId, String actor) {
        return ideaId + " approved" + by(actor);
    }

    public static String leftTheRoadmap(String ideaId, String outcome, String actor) {
        return ideaId + " left the roadmap (now " + outcome + ")" + by(actor);
    }

    public static String movedToTeam(String ideaId, String team) {
        return ideaId + " moved to team " + team;
    }

    public static String rescored(String ideaId, double from, double to) {
        return ideaId + " re-scored from " + Wording.priority(from) + " to " + Wording.priority(to);
    }

    public static String pinned(String ideaId, Period period, String actor) {
        return ideaId + " pinned to " + period + by(actor);
    }

    public static String unpinned(String ideaId, String actor) {
        return "pin of " + ideaId + " released" + by(actor);
    }

    public static String started(String ideaId, String actor) {
        return "work on " + ideaId + " started" + by(actor);
    }

    public static String delivered(String ideaId, String actor) {
        return ideaId + " delivered" + by(actor);
    }

    /** @param end the dependency's last period now, or null when it is backlogged or off the roadmap */
    public static String dependencyChanged(String ideaId, String team, Period end) {
        return ideaId + " of team " + team + (end == null ? " is no longer scheduled" : " now ends in " + end);
    }

    private static String by(String actor) {
        return actor == null || actor.isBlank() ? "" : " by " + actor;
    }
}
