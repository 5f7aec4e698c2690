package no.concerntrail.cases.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import no.concerntrail.platform.security.Roles;

/**
 * The analysts' statistics for a period, as JSON or as CSV ({@code Accept: text/csv}), small cells suppressed (see
 * {@link Statistics}).
 */
@Path("/analytics/statistics")
@RolesAllowed(Roles.ANALYST)
public class StatisticsResource {

    private static final String GROUP_BY = "((year|district)(,(year|district))?)?";

    @Inject
    Statistics statistics;

    /**
     * @param from    the period's first day (in Norway); open when absent
     * @param to      the day after its last; open when absent
     * @param groupBy {@code year}, {@code district}, both (the default) or neither (empty)
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, StatisticsCsv.TEXT_CSV})
    public Statistics.Report statistics(@QueryParam("from") @Pattern(regexp = AnalyticsPeriod.DAY,
                                                message = AnalyticsPeriod.DAY_MESSAGE) String from,
                                        @QueryParam("to") @Pattern(regexp = AnalyticsPeriod.DAY,
                                                message = AnalyticsPeriod.DAY_MESSAGE) String to,
                                        @QueryParam("groupBy") @Pattern(regexp = GROUP_BY, message = "must be year, "
                                                + "district, year,district or empty") String groupBy) {
        AnalyticsPeriod.Days period = AnalyticsPeriod.days(from, to);
        return statistics.of(period.from(), period.to(), grouping(groupBy));
    }

    private static List<Statistics.Grouping> grouping(String groupBy) {
        if (groupBy == null) {
            return List.of(Statistics.Grouping.YEAR, Statistics.Grouping.DISTRICT);
        }
        return Arrays.stream(groupBy.split(",")).filter(name -> !name.isEmpty()).distinct()
                .map(name -> Statistics.Grouping.valueOf(name.toUpperCase())).toList();
    }
}
