package no.concerntrail.testing;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For tests that are not about versions: a command sent without If-Match gets the aggregate's current version, as a
 * front end that has just read it would send (read from the event store, so no read lands in the usage log). A test
 * that is about versions sets If-Match itself, and is left alone; one about the header's absence does not use this.
 */
public final class CurrentVersion implements Filter {

    /** {@code POST /<collection>/<id>/<command>}. */
    private static final Pattern COMMAND = Pattern.compile("/[a-z-]+/([0-9a-fA-F-]{36})/[a-z-]+");

    private final ServiceDatabase database;

    public CurrentVersion(String service) {
        this.database = ServiceDatabase.of(service);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Matcher command = COMMAND.matcher(URI.create(request.getURI()).getPath());
        if ("POST".equals(request.getMethod()) && command.matches() && !request.getHeaders().hasHeaderWithName("If-Match")) {
            request.header("If-Match", "\"" + version(command.group(1)) + "\"");
        }
        return context.next(request, response);
    }

    /** The sequence number of the aggregate's last event; 0 for one without events (its command answers 404). */
    private long version(String aggregateId) {
        try {
            return Math.max(0, database.count("SELECT coalesce(max(sequence_number), -1) FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ?", aggregateId));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the version of " + aggregateId, e);
        }
    }
}
