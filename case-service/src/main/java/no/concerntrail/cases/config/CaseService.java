package no.concerntrail.cases.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import no.concerntrail.cases.domain.Concern;
import no.concerntrail.cases.messaging.CaseEventsContract;
import no.concerntrail.cases.projection.ConcernViewProjection;
import no.concerntrail.platform.service.ServiceDefinition;

/** case-service as the platform runs it (see {@link ServiceDefinition}). */
public class CaseService {

    @Produces
    @Singleton
    ServiceDefinition definition(ConcernViewProjection readModel) {
        return new ServiceDefinition("case-service", Concern.class, "concern-view", readModel,
                "concerntrail.case.events", CaseEventsContract.V1,
                // the aggregate is the concern, and the Kafka key: Axon's default keeps each concern in order
                ServiceDefinition.perAggregate());
    }
}
