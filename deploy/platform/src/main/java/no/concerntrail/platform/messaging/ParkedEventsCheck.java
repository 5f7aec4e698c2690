package no.concerntrail.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.concerntrail.platform.events.UnpublishedEvents;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says how many events are parked, consumed ones that took no effect and stored ones that were not
 * published: the service works on (it stays UP), but an operator sees that some need a fix
 * ({@code /operations/parked-events}).
 */
@Readiness
@ApplicationScoped
public class ParkedEventsCheck implements HealthCheck {

    @Inject
    ParkedEvents parked;
    @Inject
    UnpublishedEvents unpublished;

    @Override
    public HealthCheckResponse call() {
        long consumed = parked.count();
        long notPublished = unpublished.count();
        return HealthCheckResponse.named("parked-events").up().withData("parked", consumed)
                .withData("unpublished", notPublished)
                .withData("state", consumed + notPublished == 0 ? "none"
                        : "degraded: events parked, see /operations/parked-events").build();
    }
}
