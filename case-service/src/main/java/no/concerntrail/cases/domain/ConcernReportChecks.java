package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.anonymousReportHasNoReporter;
import static no.concerntrail.cases.domain.ConcernPolicies.birthDatePlausible;
import static no.concerntrail.cases.domain.ConcernPolicies.birthDateNotInFuture;
import static no.concerntrail.cases.domain.ConcernPolicies.nationalIdCheckDigits;
import static no.concerntrail.cases.domain.ConcernPolicies.nationalIdMatchesBirthDate;
import static no.concerntrail.platform.rules.RequiredField.required;
import static no.concerntrail.platform.rules.RequiredField.requiredText;

import java.time.LocalDate;
import no.concerntrail.cases.domain.command.ReceiveConcern;

/**
 * The rules a concern report must meet before it is registered. They depend on the report alone (and
 * today's date), not on any concern's state, so they live apart from the aggregate's lifecycle.
 * Details never repeat personal data: they are shown to API users and end up in logs.
 */
final class ConcernReportChecks {

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private ConcernReportChecks() {
    }

    static void check(ReceiveConcern report, LocalDate today) {
        required(report.concernId(), "concernId");
        required(report.district(), "district");
        ConcernSource source = required(report.source(), "source");
        required(report.category(), "category");
        requiredText(report.summary(), "summary");
        required(report.level(), "level");
        requiredText(report.actor(), "actor");

        Subject subject = required(report.subject(), "subject");
        requiredText(subject.name(), "subject.name");
        LocalDate birthDate = required(subject.birthDate(), "subject.birthDate");
        requiredText(subject.municipality(), "subject.municipality");

        Reporter reporter = report.reporter();
        anonymousReportHasNoReporter.require(source != ConcernSource.ANONYMOUS || reporter == null,
                "an ANONYMOUS report must not name a reporter");
        if (reporter != null) {
            requiredText(reporter.name(), "reporter.name");
        }

        birthDateNotInFuture.require(!birthDate.isAfter(today), "subject.birthDate is after today, " + today);
        birthDatePlausible.require(!birthDate.isBefore(EARLIEST_BIRTH_DATE), "subject.birthDate is before "
                + EARLIEST_BIRTH_DATE);

        String nationalId = subject.nationalIdentityNumber();
        if (nationalId != null) {
            nationalIdCheckDigits.require(NationalIdentityNumber.hasValidCheckDigits(nationalId),
                    "subject.nationalIdentityNumber must be 11 digits with valid check digits");
            nationalIdMatchesBirthDate.require(
                    NationalIdentityNumber.birthDateOf(nationalId).filter(birthDate::equals).isPresent(),
                    "subject.nationalIdentityNumber does not encode subject.birthDate");
        }
    }
}
