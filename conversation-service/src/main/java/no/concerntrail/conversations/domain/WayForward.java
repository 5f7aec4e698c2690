package no.concerntrail.conversations.domain;

import java.time.LocalDate;
import java.util.List;

/** The agreed way forward: the measures, and the date they are followed up. */
public record WayForward(List<Measure> measures, LocalDate followUpDate) {

    public WayForward {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public static WayForward none() {
        return new WayForward(List.of(), null);
    }
}
