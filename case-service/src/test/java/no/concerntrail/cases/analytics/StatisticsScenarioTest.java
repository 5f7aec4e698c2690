package no.concerntrail.cases.analytics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.cases.api.Api;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.ProjectionRebuild;
import no.concerntrail.testing.JwtTestResource;
import no.concerntrail.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three simulated years of concern work (a fixed seed: {@value #SEED}), played through case-service and the other
 * services' topics, and what analysts get of it: every statistic equal to what the test works out on its own from
 * what it did, small cells suppressed; none of the planted names, numbers, contacts and texts on their topic or in
 * their replay; and the statistics rebuilt by replay equal to those built live.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsScenarioTest {

    static final long SEED = 20_261_206L;
    private static final int CONCERNS = 240;
    private static final int PERSONS = 150;
    private static final int MINIMUM_PERSONS = 5;
    private static final String PERIOD_FROM = "2010-06-01";
    private static final String PERIOD_TO = "2014-06-01";
    private static StatisticsScenario scenario;

    @Inject
    DataSource database;
    @TestHTTPResource("/")
    URI service;
    @Inject
    Pseudonyms pseudonyms;

    @Test
    @Order(1)
    void everyFigureIsWhatTheScenarioDidSmallCellsSuppressed() throws Exception {
        Map<String, String> expected = ExpectedStatistics.of(scenario().concerns, MINIMUM_PERSONS);
        Map<String, String> actual = figures(statistics(null));

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, value) -> assertSame(key, value, actual.get(key)));
        // the scenario is large enough to show values and small enough to suppress some, of every kind
        assertThat(expected.values()).contains("suppressed");
        assertThat(expected).hasEntrySatisfying("concerns-received|count|year=2012;district=OSLO;",
                value -> assertThat(value).isNotEqualTo("suppressed"));
        assertThat(expected.keySet()).anyMatch(key -> key.startsWith("days-to-partner-answer|median|"));
        // a 90th percentile needs twice the persons a median does
        assertThat(expected).anySatisfy((key, value) -> assertThat(key.contains("|p90|") && "suppressed".equals(value)
                && !"suppressed".equals(expected.get(key.replace("|p90|", "|median|")))).isTrue());
    }

    @Test
    @Order(2)
    void coarserGroupsSuppressLessAndCsvSaysTheSame() throws Exception {
        JsonPath byYear = statistics("year");
        Map<String, String> byYearFigures = figures(byYear);
        assertThat(byYearFigures).containsKey("conversations-held|count|year=2012;kind=concern;");
        assertThat(byYearFigures.values().stream().filter("suppressed"::equals).count())
                .isLessThan(figures(statistics(null)).values().stream().filter("suppressed"::equals).count());

        String csv = Api.as("analyst-anna", Api.ANALYST).accept("text/csv").queryParam("from", PERIOD_FROM)
                .queryParam("to", PERIOD_TO).queryParam("groupBy", "year").get("/analytics/statistics").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "figure,measure,year,district,kind,mandatory,heldBy,outcome,agency,basis,state,value,suppressed");
        assertThat(lines).hasSize(byYear.getList("figures").size() + 1);
        Map<String, String> fromCsv = new TreeMap<>();
        List<String> columns = Arrays.asList(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Arrays.asList(line.split(",", -1));
            StringBuilder key = new StringBuilder(cells.get(0)).append('|').append(cells.get(1)).append('|');
            for (int i = 2; i < columns.size() - 2; i++) {
                if (!cells.get(i).isEmpty()) {
                    key.append(columns.get(i)).append('=').append(cells.get(i)).append(';');
                }
            }
            fromCsv.put(key.toString(), "true".equals(cells.get(cells.size() - 1)) ? "suppressed"
                    : cells.get(cells.size() - 2));
        }
        assertThat(fromCsv).isEqualTo(byYearFigures);
    }

    @Test
    @Order(3)
    void nothingPlantedReachesTheAnalysts() throws Exception {
        StatisticsScenario played = scenario();
        Set<String> keys = played.concerns.stream()
                .map(concern -> pseudonyms.of(Pseudonyms.Kind.CONCERN, concern.id)).collect(Collectors.toSet());
        String replay = Api.as("analyst-anna", Api.ANALYST).get("/analytics/events").then().statusCode(200).extract()
                .asString();
        List<String> lines = replay.lines().filter(line -> keys.contains(JsonPath.from(line).getString("subject")))
                .toList();
        assertThat(lines.size()).isGreaterThan(CONCERNS * 3);
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.asPrincipal(ConcernTrailServices.ANALYST,
                ConcernTrailServices.ANALYTICS_EVENTS, keys::contains, found -> found.size() >= lines.size(),
                Duration.ofSeconds(60));

        StringBuilder everything = new StringBuilder(String.join("\n", lines));
        for (ConsumerRecord<String, byte[]> record : records) {
            everything.append(record.key()).append(new String(record.value(), StandardCharsets.UTF_8));
            record.headers().forEach(header -> everything.append(header.key())
                    .append(new String(header.value(), StandardCharsets.UTF_8)));
        }
        String seen = everything.toString();
        List<String> found = played.planted.stream().filter(seen::contains).toList();
        assertThat(found).as("planted values the analysts can read").isEmpty();
        List<String> ids = played.concerns.stream().map(concern -> concern.id.toString()).filter(seen::contains)
                .toList();
        assertThat(ids).as("concern ids the analysts can read").isEmpty();
    }

    @Test
    @Order(4)
    void aRebuildByReplayEqualsTheLiveProjection() throws Exception {
        scenario();
        String live = tables();
        Map<String, String> liveFigures = figures(statistics(null));

        // the operators' command, as the README gives it
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new ProjectionRebuild(service, StatisticsProjection.NAME,
                JwtTestResource.tokenFor("lead-ola", Api.TEAM_LEAD), new PrintStream(printed, true, UTF_8),
                Duration.ofMillis(100)).run();
        List<String> lines = printed.toString(UTF_8).lines().toList();
        assertThat(status).as(String.join("\n", lines)).isZero();
        assertThat(lines.get(0)).matches("Rebuilding analytics-statistics by replaying [0-9,]+ events");
        assertThat(lines.subList(1, lines.size() - 1))
                .allMatch(line -> line.matches("[0-9,]+ / [0-9,]+ events \\([0-9.]+ %\\)   [0-9,]+ events/s   .*"));
        assertThat(lines.get(lines.size() - 1)).matches("Rebuilt analytics-statistics: [0-9,]+ events at [0-9,]+ "
                + "events/s");
        JsonPath done = progress();
        assertThat(done.getBoolean("rebuilding")).isFalse();
        assertThat(done.getDouble("eventsPerSecond")).isPositive();

        assertThat(tables()).isEqualTo(live);
        assertThat(figures(statistics(null))).isEqualTo(liveFigures);
    }

    @Test
    @Order(5)
    void onlyAnalystsReadStatisticsAndOnlyOperatorsRebuild() {
        Api.caseWorker().get("/analytics/statistics").then().statusCode(403);
        Api.teamLead().get("/analytics/statistics").then().statusCode(403);
        Api.as("analyst-anna", Api.ANALYST).post("/operations/projections/{name}/rebuild", StatisticsProjection.NAME)
                .then().statusCode(403);
        Api.as("lead-ola", Api.TEAM_LEAD).get("/operations/projections/{name}", "no-such-projection").then()
                .statusCode(404);
        Api.as("analyst-anna", Api.ANALYST).queryParam("groupBy", "person").get("/analytics/statistics").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("groupBy"));
        Api.as("analyst-anna", Api.ANALYST).queryParam("from", PERIOD_TO).queryParam("to", PERIOD_FROM)
                .get("/analytics/statistics").then().statusCode(400);
        // whole days only: periods a moment apart would tell one conversation from the rest
        Api.as("analyst-anna", Api.ANALYST).queryParam("from", "2012-01-01T00:00:00Z").get("/analytics/statistics")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("from"));
        Api.as("analyst-anna", Api.ANALYST).queryParam("to", "2012-02-30").get("/analytics/statistics").then()
                .statusCode(400);
        // one rebuild at a time: a second would empty the projection again halfway
        Api.as("lead-ola", Api.TEAM_LEAD).post("/operations/projections/{name}/rebuild", StatisticsProjection.NAME)
                .then().statusCode(202);
        Api.as("lead-ola", Api.TEAM_LEAD).post("/operations/projections/{name}/rebuild", StatisticsProjection.NAME)
                .then().statusCode(409).body("rule", org.hamcrest.Matchers.equalTo("projection-already-rebuilding"));
        assertThat(Api.as("analyst-anna", Api.ANALYST).get("/analytics/statistics").then().statusCode(200).extract()
                .jsonPath().getBoolean("rebuilding")).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> !progress().getBoolean("rebuilding"));
    }

    /** Played once for the class, then the statistics projection has caught up with it. */
    private StatisticsScenario scenario() throws Exception {
        if (scenario == null) {
            StatisticsScenario played = new StatisticsScenario(SEED, PERSONS);
            played.play(CONCERNS, database);
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                JsonPath progress = progress();
                return progress.getLong("done") >= progress.getLong("total");
            });
            scenario = played;
        }
        return scenario;
    }

    private static JsonPath progress() {
        return Api.as("lead-ola", Api.TEAM_LEAD).get("/operations/projections/{name}", StatisticsProjection.NAME)
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath statistics(String groupBy) throws Exception {
        scenario();
        var request = Api.as("analyst-anna", Api.ANALYST).queryParam("from", PERIOD_FROM).queryParam("to", PERIOD_TO);
        if (groupBy != null) {
            request = request.queryParam("groupBy", groupBy);
        }
        JsonPath report = request.get("/analytics/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("minimumPersons")).isEqualTo(MINIMUM_PERSONS);
        return report;
    }

    /** The report's figures keyed as {@link ExpectedStatistics} keys them. */
    private static Map<String, String> figures(JsonPath report) {
        Map<String, String> figures = new TreeMap<>();
        List<Map<String, Object>> all = report.getList("figures");
        for (Map<String, Object> figure : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> group = (Map<String, Object>) figure.get("group");
            String key = ExpectedStatistics.key((String) figure.get("figure"), (String) figure.get("measure"), group);
            assertThat(figures).doesNotContainKey(key);
            boolean suppressed = (Boolean) figure.get("suppressed");
            assertThat(suppressed).isEqualTo(figure.get("value") == null);
            figures.put(key, suppressed ? "suppressed" : String.valueOf(figure.get("value")));
        }
        return figures;
    }

    private static void assertSame(String key, String expected, String actual) {
        if ("suppressed".equals(expected) || key.contains("|count|")) {
            assertThat(actual).as(key).isEqualTo(expected);
        } else {
            // a share to thousandths, days to tenths: the last digit may round the other way in PostgreSQL
            double tolerance = key.contains("|share|") ? 0.0011 : 0.1001;
            assertThat(actual).as(key).isNotEqualTo("suppressed");
            assertThat(Double.parseDouble(actual)).as(key).isCloseTo(Double.parseDouble(expected),
                    org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    /** The statistics' tables, every row in key order. */
    private String tables() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement()) {
            for (String table : List.of("analytics_concern ORDER BY concern_key",
                    "analytics_conversation ORDER BY conversation_key", "analytics_referral ORDER BY referral_key")) {
                try (ResultSet result = query.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.add(String.valueOf(result.getObject(i)));
                        }
                        rows.append(String.join("|", row)).append('\n');
                    }
                }
            }
        }
        return rows.toString();
    }
}
