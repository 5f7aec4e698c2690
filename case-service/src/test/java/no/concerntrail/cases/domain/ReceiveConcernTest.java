package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.RULES;
import static no.concerntrail.cases.domain.ConcernTestData.BIRTH_DATE;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.DISTRICT;
import static no.concerntrail.cases.domain.ConcernTestData.INTAKE_OFFICER;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.TEACHER;
import static no.concerntrail.cases.domain.ConcernTestData.fixture;
import static no.concerntrail.cases.domain.ConcernTestData.report;
import static no.concerntrail.cases.domain.ConcernTestData.subject;
import static no.concerntrail.testing.FixtureEvents.onlyEvent;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.concerntrail.cases.domain.command.ReceiveConcern;
import no.concerntrail.cases.domain.event.ConcernReceived;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import no.concerntrail.testing.TestNationalIds;

class ReceiveConcernTest {

    private static final LocalDate NOW_IN_OSLO = LocalDate.of(2025, 3, 14);

    @Test
    void receivesAReportAsANewConcernAwaitingTriage() {
        ReceiveConcern report = report();
        fixture().givenCurrentTime(NOW)
                .when(report)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ConcernReceived(CONCERN_ID, DISTRICT, report.source(), TEACHER, subject(), "Drammen",
                        report.category(), report.summary(), ConcernLevel.MODERATE, INTAKE_OFFICER, NOW))
                .expectState(concern -> {
                    assertThat(concern.concernId()).isEqualTo(CONCERN_ID);
                    assertThat(concern.status()).isEqualTo(ConcernStatus.RECEIVED);
                    assertThat(concern.level()).isEqualTo(ConcernLevel.MODERATE);
                    assertThat(concern.assignee()).isNull();
                    assertThat(concern.wasAdopted()).isFalse();
                });
    }

    @Test
    void receivesAnAnonymousReportWithoutReporter() {
        receive(ConcernSource.ANONYMOUS, null, subject())
                .expectSuccessfulHandlerExecution()
                .expectEvents(eventFor(ConcernSource.ANONYMOUS, null, subject(), NOW));
    }

    @Test
    void receivesAReportFromThePolicesOwnObservationWithoutReporter() {
        receive(ConcernSource.POLICE, null, subject())
                .expectEvents(eventFor(ConcernSource.POLICE, null, subject(), NOW));
    }

    @Test
    void refusesAnAnonymousReportThatNamesAReporter() {
        receive(ConcernSource.ANONYMOUS, TEACHER, subject())
                .expectNoEvents()
                .expectException(violates(RULES, "anonymous-report-has-no-reporter"));
    }

    @Test
    void acceptsANationalIdentityNumberThatEncodesTheBirthDate() {
        Subject subject = withNationalId(TestNationalIds.forBirthDate(BIRTH_DATE));
        receive(ConcernSource.SCHOOL, TEACHER, subject)
                .expectEvents(eventFor(ConcernSource.SCHOOL, TEACHER, subject, NOW));
    }

    @Test
    void acceptsADNumberThatEncodesTheBirthDate() {
        Subject subject = withNationalId(TestNationalIds.dNumberForBirthDate(BIRTH_DATE));
        receive(ConcernSource.SCHOOL, TEACHER, subject).expectSuccessfulHandlerExecution()
                .expectEvents(eventFor(ConcernSource.SCHOOL, TEACHER, subject, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17050950078", "17050950087", "1705095007", "170509500770", "1705095007X", " 7050950077", ""})
    void refusesANationalIdentityNumberWithoutValidCheckDigits(String nationalId) {
        receive(ConcernSource.SCHOOL, TEACHER, withNationalId(nationalId))
                .expectNoEvents()
                .expectException(violates(RULES, "national-id-check-digits"));
    }

    @Test
    void refusesANationalIdentityNumberOfAnotherBirthDate() {
        String someoneElses = TestNationalIds.forBirthDate(BIRTH_DATE.plusDays(1));
        receive(ConcernSource.SCHOOL, TEACHER, withNationalId(someoneElses))
                .expectNoEvents()
                .expectException(violates(RULES, "national-id-matches-birth-date"));
    }

    @Test
    void refusesANationalIdentityNumberWithValidCheckDigitsButNoDate() {
        receive(ConcernSource.SCHOOL, TEACHER, withNationalId("00000000000"))
                .expectNoEvents()
                .expectException(violates(RULES, "national-id-matches-birth-date"));
    }

    @Test
    void refusesABirthDateInTheFuture() {
        receive(ConcernSource.SCHOOL, TEACHER, bornOn(NOW_IN_OSLO.plusDays(1)))
                .expectNoEvents()
                .expectException(violates(RULES, "birth-date-not-in-future"));
    }

    /** A birth date in year -2010 (or 1850) is a typing error, not a person to publish to every police service. */
    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "1850-06-01", "-2010-05-17"})
    void refusesABirthDateBefore1900(String birthDate) {
        receive(ConcernSource.SCHOOL, TEACHER, bornOn(LocalDate.parse(birthDate)))
                .expectNoEvents()
                .expectException(violates(RULES, "birth-date-plausible"));
    }

    @Test
    void acceptsABirthDateIn1900() {
        receive(ConcernSource.SCHOOL, TEACHER, bornOn(LocalDate.of(1900, 1, 1))).expectSuccessfulHandlerExecution()
                .expectEvents(eventFor(ConcernSource.SCHOOL, TEACHER, bornOn(LocalDate.of(1900, 1, 1)), NOW));
    }

    @Test
    void judgesTheBirthDateInNorwegianTime() {
        // 23:30 UTC on 14 March is already 15 March in Oslo: a child born that day exists
        Instant lateEvening = Instant.parse("2025-03-14T23:30:00Z");
        fixture().givenCurrentTime(lateEvening)
                .when(report(r -> r.subject = bornOn(LocalDate.of(2025, 3, 15))))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConcernReceived.class,
                        e -> e.subject().birthDate().equals(LocalDate.of(2025, 3, 15))));
        fixture().givenCurrentTime(lateEvening)
                .when(report(r -> r.subject = bornOn(LocalDate.of(2025, 3, 16))))
                .expectException(violates(RULES, "birth-date-not-in-future"));
    }

    @Test
    void acceptsABirthDateOfToday() {
        receive(ConcernSource.FAMILY, TEACHER, bornOn(NOW_IN_OSLO)).expectSuccessfulHandlerExecution()
                .expectEvents(eventFor(ConcernSource.FAMILY, TEACHER, bornOn(NOW_IN_OSLO), NOW));
    }

    static Stream<Arguments> reportsMissingAField() {
        Subject s = subject();
        return Stream.of(
                missing("concernId", r -> r.concernId = null),
                missing("district", r -> r.district = null),
                missing("source", r -> r.source = null),
                missing("subject", r -> r.subject = null),
                missing("category", r -> r.category = null),
                missing("summary", r -> r.summary = null),
                missing("summary", r -> r.summary = "  "),
                missing("level", r -> r.level = null),
                missing("actor", r -> r.actor = null),
                missing("actor", r -> r.actor = ""),
                missing("subject.name", r -> r.subject = new Subject(" ", s.birthDate(), null, s.municipality())),
                missing("subject.birthDate", r -> r.subject = new Subject(s.name(), null, null, s.municipality())),
                missing("subject.municipality", r -> r.subject = new Subject(s.name(), s.birthDate(), null, null)),
                missing("reporter.name", r -> r.reporter = new Reporter("", "phone", "neighbour")));
    }

    private static Arguments missing(String field, Consumer<ConcernTestData.ReportDraft> change) {
        return Arguments.of(field, report(change));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportsMissingAField")
    void refusesAReportMissingARequiredField(String field, ReceiveConcern report) {
        fixture().givenCurrentTime(NOW)
                .when(report)
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString(field + " is required"));
    }

    @Test
    void keepsProtectedIdentitiesOutOfRuleDetails() {
        String nationalId = TestNationalIds.forBirthDate(BIRTH_DATE.plusDays(1));
        receive(ConcernSource.SCHOOL, TEACHER, withNationalId(nationalId))
                .expectExceptionMessage(not(containsString(nationalId)));
    }

    private static ResultValidator<Concern> receive(ConcernSource source, Reporter reporter, Subject subject) {
        return fixture().givenCurrentTime(NOW).when(report(r -> {
            r.source = source;
            r.reporter = reporter;
            r.subject = subject;
        }));
    }

    private static ConcernReceived eventFor(ConcernSource source, Reporter reporter, Subject subject, Instant at) {
        ReceiveConcern r = report();
        return new ConcernReceived(CONCERN_ID, DISTRICT, source, reporter, subject, subject.municipality(),
                r.category(), r.summary(), r.level(), INTAKE_OFFICER, at);
    }

    private static Subject bornOn(LocalDate birthDate) {
        return new Subject("Baby Nordmann", birthDate, null, "Drammen");
    }

    private static Subject withNationalId(String nationalId) {
        return new Subject("Ola Nordmann", BIRTH_DATE, nationalId, "Drammen");
    }
}
