package no.concerntrail.cases.analytics;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statistics as CSV (RFC 4180, a header row, one row per figure and group): every dimension has its column, empty
 * where a figure has no such breakdown; a suppressed figure has no value and {@code suppressed} true. A text cell that
 * a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
@Provider
@Produces(StatisticsCsv.TEXT_CSV)
public class StatisticsCsv implements MessageBodyWriter<Statistics.Report> {

    static final String TEXT_CSV = "text/csv";
    static final List<String> DIMENSIONS = List.of("year", "district", "kind", "mandatory", "heldBy", "outcome",
            "agency", "basis", "state");

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Statistics.Report.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Statistics.Report report, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws java.io.IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write("figure,measure," + String.join(",", DIMENSIONS) + ",value,suppressed\r\n");
        for (Statistics.Figure figure : report.figures()) {
            csv.write(cell(figure.figure()) + "," + cell(figure.measure()) + ","
                    + DIMENSIONS.stream().map(dimension -> cell(figure.group().get(dimension)))
                    .collect(Collectors.joining(","))
                    + "," + cell(figure.value()) + "," + figure.suppressed() + "\r\n");
        }
        csv.flush();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
