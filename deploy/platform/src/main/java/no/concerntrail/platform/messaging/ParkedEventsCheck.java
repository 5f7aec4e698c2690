package no.concerntrail.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says how many consumed events are parked: the service works on (it stays UP), but an operator sees that
 * some events took no effect and need a fix.
 */
@Readiness
@ApplicationScoped
public class ParkedEventsCheck implements HealthCheck {

    @Inject
    ParkedEvents parked;

    @Override
    public HealthCheckResponse call() {
        long count = parked.count();
        return HealthCheckResponse.named("parked-events").up().withData("parked", count)
                .withData("state", count == 0 ? "none" : "degraded: events parked, see parked_event").build();
    }
}
