package no.concerntrail.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.concerntrail.e2e.TopicWatcher.Seen;

/**
 * What a topic shows of a {@link ConcernLoad}: each concern's events deduplicated by ce_id, as a consumer keeps
 * them; which acknowledged events are missing, how many records were delivered twice, and whether any concern's
 * events came out of order.
 *
 * @param lost       acknowledged events not on the topic
 * @param records    the load's records on the topic, duplicates included
 * @param duplicates records whose ce_id was delivered before
 * @param outOfOrder concerns whose events (deduplicated) are not in lifecycle order
 */
record PublishedLoad(int acknowledged, int lost, int records, int duplicates, int outOfOrder) {

    static PublishedLoad of(ConcernLoad load, List<Seen> seen) {
        Map<String, List<String>> acknowledged = load.acknowledged();
        Map<String, List<String>> deduplicated = new LinkedHashMap<>();
        Set<String> ceIds = new HashSet<>();
        int records = 0;
        for (Seen one : seen) {
            if (acknowledged.containsKey(one.key())) {
                records++;
                if (ceIds.add(one.ceId())) {
                    deduplicated.computeIfAbsent(one.key(), key -> new ArrayList<>()).add(one.type());
                }
            }
        }
        int lost = 0;
        int outOfOrder = 0;
        for (Map.Entry<String, List<String>> concern : acknowledged.entrySet()) {
            List<String> published = deduplicated.getOrDefault(concern.getKey(), List.of());
            List<String> missing = new ArrayList<>(concern.getValue());
            published.forEach(missing::remove);
            lost += missing.size();
            // a command stored without its answer reaching the client is there too: the lifecycle, or its beginning
            if (!ConcernLoad.LIFECYCLE.subList(0, Math.min(published.size(), ConcernLoad.LIFECYCLE.size()))
                    .equals(published)) {
                outOfOrder++;
            }
        }
        return new PublishedLoad(load.commands(), lost, records, records - ceIds.size(), outOfOrder);
    }

    /**
     * When publication resumed after a crash at {@code crashedAt}: the first record stored after it showing on the
     * topic (such a record can only be published by the restarted side).
     */
    static Optional<Instant> resumedAt(List<Seen> seen, Instant crashedAt) {
        return seen.stream().filter(one -> one.ceTime().isAfter(crashedAt)).map(Seen::at).min(Instant::compareTo);
    }

    /** {@code to - from} in milliseconds, or -1 when it never happened. */
    static long millis(Instant from, Optional<Instant> to) {
        return to.map(at -> Duration.between(from, at).toMillis()).orElse(-1L);
    }
}
