package no.concerntrail.cases.api;

import java.time.Instant;
import no.concerntrail.cases.projection.ConcernView;

/**
 * A concern as it was known at a past moment: a reconstruction, rebuilt by replaying its events up to then, not the
 * concern as it is. Its version is that of the last event replayed, which no command takes (a command needs the
 * current one).
 *
 * @param asOf    the moment asked for
 * @param events  how many of the concern's events happened up to then
 * @param concern the concern as those events left it
 */
public record ConcernAsOf(Instant asOf, int events, ConcernView concern) {
}
