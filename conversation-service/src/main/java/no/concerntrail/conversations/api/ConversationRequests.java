package no.concerntrail.conversations.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.ConcernOutcome;
import no.concerntrail.conversations.domain.Credibility;
import no.concerntrail.conversations.domain.Guardian;
import no.concerntrail.conversations.domain.HeldBy;
import no.concerntrail.conversations.domain.HelpNeed;
import no.concerntrail.conversations.domain.HostRole;
import no.concerntrail.conversations.domain.Measure;
import no.concerntrail.conversations.domain.NoticeRecipient;
import no.concerntrail.conversations.domain.Purpose;
import no.concerntrail.conversations.domain.RightsNotice;
import no.concerntrail.conversations.domain.SummonsGround;
import no.concerntrail.conversations.domain.TrustedPersonRole;
import no.concerntrail.conversations.domain.WayForward;

/**
 * The request bodies. They check shape (required, lengths); the rules of conversation work (who may be
 * summoned, the rights notice, the guiding officer) are the domain's, so their names reach the caller.
 * There is deliberately no field for religion, ideology or political opinion, and an unknown field is refused.
 */
public final class ConversationRequests {

    private ConversationRequests() {
    }

    /**
     * @param kind      a national kind (concern, clarification, follow-up) or a district template: GET /conversation-kinds
     * @param mandatory true for a summons (Police Act § 13, minors only), false for an invitation
     */
    public record Plan(@NotNull UUID concernId,
                       @NotBlank @Size(max = 50) String kind,
                       @NotNull Instant plannedStart,
                       @NotBlank @Size(max = 200) String place,
                       @Size(max = 10) List<@NotNull @Valid GuardianDetails> guardians,
                       @Size(max = 2000) String guardiansNotInvitedReason,
                       @NotNull Boolean mandatory,
                       SummonsGround summonsGround) {
    }

    public record GuardianDetails(@NotBlank @Size(max = 200) String name, @Size(max = 100) String relation) {
        Guardian toDomain() {
            return new Guardian(name, relation);
        }
    }

    /**
     * @param factors codes from GET /factors
     * @param note    protected: police eyes only, never published
     */
    public record Held(@NotNull Instant startedAt,
                       @NotNull Instant endedAt,
                       @NotNull @Valid HeldByDetails heldBy,
                       @Size(max = 200) String guidingOfficer,
                       @Size(max = 10) List<@NotBlank @Size(max = 200) String> guardiansPresent,
                       @Valid RightsNoticeDetails rightsNotice,
                       @NotEmpty @Size(max = 4) Set<@NotNull Purpose> purposes,
                       @NotNull ConcernOutcome outcome,
                       ConcernLevel newLevel,
                       @NotNull Credibility credibility,
                       @Size(max = 9) Set<@NotNull HelpNeed> helpNeeds,
                       @Size(max = 50) List<@NotBlank @Size(max = 64) String> factors,
                       @Valid WayForwardDetails wayForward,
                       @Size(max = 8000) String note) {
    }

    public record HeldByDetails(@NotNull HostRole role,
                                @NotBlank @Size(max = 200) String name,
                                TrustedPersonRole trustedPersonRole) {
        HeldBy toDomain() {
            return new HeldBy(role, name, trustedPersonRole);
        }
    }

    public record RightsNoticeDetails(@NotNull Instant givenAt,
                                      @NotEmpty @Size(max = 2) Set<@NotNull NoticeRecipient> givenTo) {
        RightsNotice toDomain() {
            return new RightsNotice(givenAt, givenTo);
        }
    }

    public record WayForwardDetails(@Size(max = 20) List<@NotNull @Valid MeasureDetails> measures,
                                    LocalDate followUpDate) {
        WayForward toDomain() {
            return new WayForward(measures == null ? List.of() : measures.stream().map(MeasureDetails::toDomain).toList(),
                    followUpDate);
        }
    }

    public record MeasureDetails(@NotBlank @Size(max = 1000) String description,
                                 @NotBlank @Size(max = 200) String responsible) {
        Measure toDomain() {
            return new Measure(description, responsible);
        }
    }

    public record Reschedule(@NotNull Instant plannedStart, @NotBlank @Size(max = 200) String place) {
    }

    public record WithReason(@Size(max = 2000) String reason) {
    }
}
