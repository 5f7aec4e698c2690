package no.concerntrail.cases.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.concerntrail.cases.analytics.StatisticsScenario.Concern;
import no.concerntrail.cases.analytics.StatisticsScenario.Conversation;
import no.concerntrail.cases.analytics.StatisticsScenario.Person;
import no.concerntrail.cases.analytics.StatisticsScenario.Referral;
import no.concerntrail.platform.police.PoliceTime;

/**
 * The statistics a scenario should produce, worked out from what the scenario did, by year and district, with
 * nothing of case-service's: each figure keyed {@code figure|measure|dimension=value;...} (in the endpoint's order of
 * dimensions), its value rounded as the endpoint rounds it, or "suppressed" when fewer than {@code minimum} persons
 * are behind it.
 */
final class ExpectedStatistics {

    private final int minimum;
    private final Map<String, String> figures = new TreeMap<>();

    private ExpectedStatistics(int minimum) {
        this.minimum = minimum;
    }

    static Map<String, String> of(List<Concern> concerns, int minimum) {
        ExpectedStatistics expected = new ExpectedStatistics(minimum);
        expected.compute(concerns);
        return expected.figures;
    }

    /** One row of a figure's population: the person behind it, its group, and what the figure measures of it. */
    private record Row(Person person, Map<String, Object> group, double measure) {
    }

    private void compute(List<Concern> concerns) {
        List<Row> received = new ArrayList<>();
        List<Row> held = new ArrayList<>();
        List<Row> heldByObligation = new ArrayList<>();
        List<Row> outcomesByKind = new ArrayList<>();
        List<Row> outcomesByHolder = new ArrayList<>();
        List<Row> invitedAdults = new ArrayList<>();
        List<Row> toConversation = new ArrayList<>();
        List<Row> toLowering = new ArrayList<>();
        List<Row> toClosing = new ArrayList<>();
        List<Row> referrals = new ArrayList<>();
        List<Row> toAnswer = new ArrayList<>();
        List<Row> reopened = new ArrayList<>();
        for (Concern c : concerns) {
            Map<String, Object> group = group(c.received, c.district);
            received.add(new Row(c.person, group, 1));
            if (c.firstConversation != null) {
                toConversation.add(new Row(c.person, group, days(c.received, c.firstConversation)));
            }
            if (c.firstLowered != null) {
                toLowering.add(new Row(c.person, group, days(c.received, c.firstLowered)));
            }
            if (c.closed != null) {
                toClosing.add(new Row(c.person, group, days(c.received, c.closed)));
            }
            if (c.reopened) {
                reopened.add(new Row(c.person, group, 1));
            }
            for (Conversation v : c.conversations) {
                if (v.adult() && !v.mandatory()) {
                    invitedAdults.add(new Row(c.person, group(v.planned(), v.district()), v.declined() != null ? 1 : 0));
                }
                if (v.held() != null) {
                    Map<String, Object> when = group(v.held(), v.district());
                    held.add(new Row(c.person, with(when, "kind", v.kind()), 1));
                    heldByObligation.add(new Row(c.person, with(when, "mandatory", v.mandatory()), 1));
                    outcomesByKind.add(new Row(c.person, with(with(when, "kind", v.kind()), "outcome", v.outcome()), 1));
                    outcomesByHolder.add(new Row(c.person,
                            with(with(when, "heldBy", v.heldBy()), "outcome", v.outcome()), 1));
                }
            }
            for (Referral r : c.referrals) {
                Map<String, Object> when = group(r.made(), r.district());
                referrals.add(new Row(c.person,
                        with(with(with(when, "agency", r.agency()), "basis", r.basis()), "state", r.state()), 1));
                if (r.firstAnswer() != null) {
                    toAnswer.add(new Row(c.person, with(when, "agency", r.agency()), days(r.made(), r.firstAnswer())));
                }
            }
        }
        count("concerns-received", received);
        count("conversations-held", held);
        count("conversations-held-by-obligation", heldByObligation);
        share("adults-declined", invitedAdults);
        count("conversation-outcomes-by-kind", outcomesByKind);
        count("conversation-outcomes-by-holder", outcomesByHolder);
        days("days-to-first-conversation", toConversation);
        days("days-to-first-lowering", toLowering);
        days("days-to-closing", toClosing);
        count("referrals", referrals);
        days("days-to-partner-answer", toAnswer);
        count("concerns-reopened", reopened);
        repeats(received);
    }

    private void count(String figure, List<Row> rows) {
        grouped(rows).forEach((group, members) -> put(figure, "count", group, persons(members),
                String.valueOf(members.size())));
    }

    private void share(String figure, List<Row> rows) {
        grouped(rows).forEach((group, members) -> {
            List<Row> declined = members.stream().filter(row -> row.measure() > 0).toList();
            List<Row> agreed = members.stream().filter(row -> row.measure() == 0).toList();
            boolean small = persons(members) < minimum || few(declined) || few(agreed);
            double share = Math.round(1000.0 * declined.size() / members.size()) / 1000.0;
            figures.put(key(figure, "share", group), small ? "suppressed" : String.valueOf(share));
        });
    }

    private void days(String figure, List<Row> rows) {
        grouped(rows).forEach((group, members) -> {
            List<Double> sorted = members.stream().map(Row::measure).sorted().toList();
            put(figure, "median", group, persons(members), String.valueOf(tenths(percentile(sorted, 0.5))));
            // a 90th percentile needs twice the persons: over a few it is near one person's own time
            put(figure, "p90", group, persons(members) / 2, String.valueOf(tenths(percentile(sorted, 0.9))));
        });
    }

    /** Persons with two or more concerns received in the group. */
    private void repeats(List<Row> received) {
        grouped(received).forEach((group, members) -> {
            Map<Person, Integer> perPerson = new LinkedHashMap<>();
            members.forEach(row -> perPerson.merge(row.person(), 1, Integer::sum));
            long repeated = perPerson.values().stream().filter(n -> n >= 2).count();
            if (repeated > 0) {
                put("persons-with-repeat-concerns", "count", group, (int) repeated, String.valueOf(repeated));
            }
        });
    }

    private void put(String figure, String measure, Map<String, Object> group, int persons, String value) {
        figures.put(key(figure, measure, group), persons < minimum ? "suppressed" : value);
    }

    static String key(String figure, String measure, Map<String, Object> group) {
        StringBuilder key = new StringBuilder(figure).append('|').append(measure).append('|');
        group.forEach((dimension, value) -> key.append(dimension).append('=').append(value).append(';'));
        return key.toString();
    }

    /** Some rows, of fewer persons than the minimum. */
    private boolean few(List<Row> rows) {
        return !rows.isEmpty() && persons(rows) < minimum;
    }

    private static Map<Map<String, Object>, List<Row>> grouped(List<Row> rows) {
        Map<Map<String, Object>, List<Row>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row));
        return groups;
    }

    private static int persons(List<Row> rows) {
        Set<Person> persons = new HashSet<>();
        rows.forEach(row -> persons.add(row.person()));
        return persons.size();
    }

    /** Year (in Norway) and district, the endpoint's default grouping. */
    private static Map<String, Object> group(Instant at, String district) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("year", PoliceTime.day(at).getYear());
        group.put("district", district);
        return group;
    }

    private static Map<String, Object> with(Map<String, Object> group, String dimension, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(group);
        more.put(dimension, value);
        return more;
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 86_400_000.0;
    }

    /** Linear interpolation between the closest ranks, as PostgreSQL's percentile_cont. */
    private static double percentile(List<Double> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    private static double tenths(double days) {
        return Math.round(days * 10) / 10.0;
    }
}
