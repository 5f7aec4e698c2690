package no.concerntrail.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import no.concerntrail.platform.events.UnpublishedEvents;

/** {@code concerntrail_events_parked{direction=consumed|unpublished}}: what an alert on parked events watches. */
@Singleton
public class ParkedEventsMetric {

    static final String NAME = "concerntrail.events.parked";

    @Inject
    MeterRegistry registry;
    @Inject
    ParkedEvents parked;
    @Inject
    UnpublishedEvents unpublished;

    void register(@Observes StartupEvent startup) {
        Gauge.builder(NAME, parked, ParkedEvents::count).tag("direction", "consumed")
                .description("consumed events that took no effect and wait for a fix").register(registry);
        Gauge.builder(NAME, unpublished, UnpublishedEvents::count).tag("direction", "unpublished")
                .description("stored events that were not published and wait for a fix").register(registry);
    }
}
