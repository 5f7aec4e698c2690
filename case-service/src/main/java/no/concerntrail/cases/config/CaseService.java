package no.concerntrail.cases.config;

import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import no.concerntrail.cases.analytics.AnalystsHistory;
import no.concerntrail.cases.analytics.StatisticsProjection;
import no.concerntrail.cases.domain.Concern;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.messaging.CaseEventsContract;
import no.concerntrail.cases.projection.ConcernViewProjection;
import no.concerntrail.platform.axon.AddedField;
import no.concerntrail.platform.axon.StreamingProjection;
import no.concerntrail.platform.events.Delivered;
import no.concerntrail.platform.service.Feed;
import no.concerntrail.platform.service.ServiceDefinition;

/** case-service as the platform runs it (see {@link ServiceDefinition}). */
public class CaseService {

    /** The analysts' feed: its processor's and tokens' name, and what its parked events are filed under. */
    public static final String ANALYTICS_FEED = "analytics-feed";

    @Produces
    @Singleton
    ServiceDefinition definition(ConcernViewProjection readModel, AnalystsHistory analystsHistory,
                                 StatisticsProjection statistics) {
        return new ServiceDefinition("case-service", Concern.class, "concern-view", readModel,
                "concerntrail.case.events", CaseEventsContract.V1,
                // the aggregate is the concern, and the Kafka key: Axon's default keeps each concern in order
                ServiceDefinition.perAggregate(),
                List.of(AddedField.nullBefore(ConcernReceived.class, "1", "2", "district"),
                        // from the subject where a report was stored in plain; a sealed one cannot tell
                        AddedField.derivedBefore(ConcernReceived.class, "2", "3", "municipality",
                                payload -> payload.path("subject").path("municipality").isTextual()
                                        ? payload.path("subject").path("municipality") : NullNode.getInstance())),
                // the analysts are owed the whole history, each concern in order (keyed by the concern's key)
                List.of(new Feed(ANALYTICS_FEED, analystsHistory, ConcernOrder.POLICY, Delivered.NOTHING,
                        Feed.From.THE_BEGINNING)),
                // the analysts' statistics, behind the append and rebuildable by replay
                List.of(new StreamingProjection(StatisticsProjection.NAME, statistics, ConcernOrder.POLICY)));
    }
}
