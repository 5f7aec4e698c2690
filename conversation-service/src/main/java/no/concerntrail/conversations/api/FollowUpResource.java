package no.concerntrail.conversations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.concerntrail.conversations.projection.FollowUps;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.platform.security.Caller;
import no.concerntrail.platform.security.NeedToKnow;
import no.concerntrail.platform.security.Roles;

/**
 * The agreed follow-ups that are due, overdue first, so nothing agreed in a conversation is forgotten: those of the
 * concerns the caller may see.
 */
@Path("/follow-ups")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class FollowUpResource {

    @Inject
    FollowUps followUps;
    @Inject
    AccessLog accessLog;
    @Inject
    NeedToKnow needToKnow;
    @Inject
    Caller caller;

    /**
     * @param dueBefore a date (YYYY-MM-DD); without it, everything due up to and including today (Norwegian time)
     * @param limit     text checked here, so a word is a 400 naming the parameter (JAX-RS would answer 404)
     */
    @GET
    public List<FollowUps.FollowUp> due(@QueryParam("dueBefore") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}",
                                                message = "must be a date, YYYY-MM-DD") String dueBefore,
                                        @QueryParam("limit") @DefaultValue("100") @Pattern(regexp = "\\d{1,9}",
                                                message = "must be a whole number") @Min(1) @Max(500) String limit) {
        LocalDate day = dueBefore != null ? date(dueBefore) : LocalDate.now(PoliceTime.ZONE).plusDays(1);
        List<FollowUps.FollowUp> due = followUps.dueBefore(needToKnow.callersDistrict(), caller.subject(),
                day, Integer.parseInt(limit));
        if (!due.isEmpty()) {
            accessLog.record(caller.subject(), "follow-up.list",
                    due.stream().map(FollowUps.FollowUp::concernId).distinct().toList());
        }
        return due;
    }

    /** A date that has the shape but does not exist (2026-02-30) is the caller's mistake too, not a 500. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("dueBefore: " + text + " is not a date");
        }
    }
}
