package no.concerntrail.cases.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.ErasureGround;
import no.concerntrail.cases.domain.Reporter;
import no.concerntrail.cases.domain.Subject;
import no.concerntrail.cases.domain.TriageOutcome;
import no.concerntrail.platform.police.PoliceDistrict;

/**
 * The request bodies. They check shape (required, lengths, formats); the rules of concern work
 * (reasons, levels, states) are the domain's, so their names reach the caller unchanged.
 * There is deliberately no field for religion, ideology or political opinion.
 */
public final class ConcernRequests {

    private ConcernRequests() {
    }

    public record ReceiveConcern(@NotNull ConcernSource source,
                                 @Valid ReporterDetails reporter,
                                 @NotNull @Valid SubjectDetails subject,
                                 @NotNull ConcernCategory category,
                                 @NotBlank @Size(max = 4000) String summary,
                                 @NotNull ConcernLevel level) {
        /** The concern belongs to the receiving officer's district. */
        no.concerntrail.cases.domain.command.ReceiveConcern toCommand(UUID concernId, PoliceDistrict district,
                                                                      String actor) {
            return new no.concerntrail.cases.domain.command.ReceiveConcern(concernId, district, source,
                    reporter == null ? null : reporter.toDomain(), subject.toDomain(), category, summary, level, actor);
        }
    }

    /** @param district the police district the concern is handed to, by its code ({@code SOR_OST}) */
    public record Transfer(@NotNull PoliceDistrict district, @Size(max = 2000) String reason) {
    }

    public record ReporterDetails(@NotBlank @Size(max = 200) String name,
                                  @Size(max = 200) String contact,
                                  @Size(max = 100) String relation) {
        Reporter toDomain() {
            return new Reporter(name, contact, relation);
        }
    }

    public record SubjectDetails(@NotBlank @Size(max = 200) String name,
                                 @NotNull @PastOrPresent LocalDate birthDate,
                                 @Pattern(regexp = "\\d{11}", message = "must be 11 digits")
                                 String nationalIdentityNumber,
                                 @NotBlank @Size(max = 100) String municipality) {
        Subject toDomain() {
            return new Subject(name, birthDate, nationalIdentityNumber, municipality);
        }
    }

    public record Triage(@NotNull TriageOutcome outcome,
                         @Size(max = 2000) String reason,
                         @Size(max = 200) String signpostedTo) {
    }

    public record Assign(@NotBlank @Size(max = 200) String assignee) {
    }

    public record ChangeLevel(@NotNull ConcernLevel level, @Size(max = 2000) String reason) {
    }

    public record WithReason(@Size(max = 2000) String reason) {
    }

    /** A journal reference, not a sentence: the request or decision is filed under it, and no person is named in it. */
    static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9./_-]{0,39}";
    static final String REFERENCE_MESSAGE = "must be a journal reference: letters, digits and . / _ -, at most 40";

    public record Erase(@NotNull ErasureGround ground,
                        @NotNull @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String reference) {
    }

    /** Every concern about the person with this national identity number. */
    public record ErasePerson(@NotNull @Pattern(regexp = "\\d{11}", message = "must be 11 digits")
                              String nationalIdentityNumber,
                              @NotNull ErasureGround ground,
                              @NotNull @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String reference) {
    }
}
