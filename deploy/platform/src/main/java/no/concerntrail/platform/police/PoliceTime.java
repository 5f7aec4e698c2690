package no.concerntrail.platform.police;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Time as the police's rules read it, the same in every service's domain: days and ages fall in Norway's time zone,
 * not UTC (a 15-year-old turns 16 at midnight in Oslo), and "now" is Axon's clock, so fixtures and replays control it.
 */
public final class PoliceTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private PoliceTime() {
    }

    /** Axon's clock: an event applied now is stamped with this. */
    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** The day {@code at} falls on in Norway. */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** Age in whole years at {@code at}, on the day it falls on in Norway. */
    public static int age(LocalDate birthDate, Instant at) {
        return Period.between(birthDate, day(at)).getYears();
    }

    /** The first instant of a day in Norway, e.g. of a birth date. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
